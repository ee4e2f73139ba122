"""str repeated a huge literal count: OverflowError."""

import autoform as af

CAUSE = 'str * literal'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = 99999999999999999999
    tag = "-" * x
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
