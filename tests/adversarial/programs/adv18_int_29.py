"""sum() of a generator whose items are products."""

import autoform as af

CAUSE = 'sum of products'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = sum(i * i * i * 10 ** 3000 for i in range(3))
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
