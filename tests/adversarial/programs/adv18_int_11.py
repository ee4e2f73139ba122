"""A list extended with a list of products; sum() of it."""

import autoform as af

CAUSE = 'extend then sum'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    xs = [0]
    xs.extend([5 ** 8000])
    x = sum(xs)
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
