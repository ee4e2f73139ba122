"""Decimal(str) of a long digit string: the exponent limit? float from huge int."""

import autoform as af

CAUSE = 'float of huge int'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = float(10 ** 400)
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
