"""Doubling through x += x."""

import autoform as af

CAUSE = 'x += x'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = 1
    for _ in range(15000):
        x += x
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
