"""print with a separator that is not a str (TypeError) after a failing first call."""

import autoform as af

CAUSE = "print bad sep after failing call"
ARGS = ("owls", "cats", 0)
FAIL = ["owls"]


def main(a: str, b: str, width: int):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    print("first", ra, sep=width)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
