"""join(map(str, ...)) of a list holding a product."""

import autoform as af

CAUSE = 'join map str'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    xs = [3, 3 ** 10000]
    tag = ",".join(map(str, xs))
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
