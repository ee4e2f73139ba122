"""A failing call, then a str method called with the wrong number of arguments."""

import autoform as af

CAUSE = "wrong arity str method after failing call"
ARGS = ("owls", "cats")
FAIL = ["owls"]


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    key = b.lower("x")
    rb = af.lm_call([{"role": "user", "content": key}], model="m")
    return ra, rb
