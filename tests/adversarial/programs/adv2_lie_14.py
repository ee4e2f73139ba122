"""n: int is given the string "2" (as from a command line): n + 1 raises TypeError, but only
after an independent call that fails first."""

import autoform as af

CAUSE = 7
ARGS = ("owls", "2")
FAIL = {"boom"}


def main(topic: str, n: int):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": topic * (n + 1)}], model="m")
    return [a, b]
