"""A helper returns n ** 2 of a big param."""

import autoform as af

CAUSE = 'helper power'
ARGS = ("owls", "cats")
FAIL = ['owls']

def sq(n):
    return n ** 2


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = sq(10 ** 2500)
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
