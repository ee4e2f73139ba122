"""A method call on an int literal: (7).__pow__(6000)."""

import autoform as af

CAUSE = 'int.__pow__ method'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = (7).__pow__(6000)
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
