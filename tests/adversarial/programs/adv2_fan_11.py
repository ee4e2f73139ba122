"""sorted() of replies and None (TypeError) after an independent call that fails."""

import autoform as af

CAUSE = "deferred"
ARGS = ()
FAIL = {"boom"}


def main():
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    ranked = sorted([a, None])
    return [ranked, b]
