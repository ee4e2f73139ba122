"""An unhashable dict key built from a parameter, after an independent call that fails."""

import autoform as af

CAUSE = "deferred"
ARGS = (["a", "b"],)
FAIL = {"boom"}


def main(tags: list[str]):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    seen = {tags: a}
    b = af.lm_call([{"role": "user", "content": str(len(seen))}], model="m")
    return b
