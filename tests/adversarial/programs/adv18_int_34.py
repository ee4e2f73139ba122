"""format(x, ',') of a huge int: digit grouping."""

import autoform as af

CAUSE = 'format comma'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = 10 ** 5000
    tag = format(x, ",")
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
