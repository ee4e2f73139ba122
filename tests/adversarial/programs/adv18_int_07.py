"""operator.__mul__ (the dunder alias) squaring repeatedly."""

import operator

import autoform as af

CAUSE = 'operator.__mul__'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = 7
    for _ in range(14):
        x = operator.__mul__(x, x)
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
