"""len of a range with a huge literal bound: OverflowError."""

import autoform as af

CAUSE = 'len(range(literal))'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = len(range(99999999999999999999))
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
