"""An index of the parameter out of range, after a failing call: the call's failure."""

import autoform as af

CAUSE = "deferred"
ARGS = ("ada",)
FAIL = {"first"}


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    letter = q[10]
    b = af.lm_call([{"role": "user", "content": "letter " + letter}], model="m")
    return [a, b]
