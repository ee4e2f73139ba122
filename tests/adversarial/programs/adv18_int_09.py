"""A dict given a huge value through setdefault; the dict is formatted."""

import autoform as af

CAUSE = 'dict setdefault'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    d = {}
    d.setdefault("k", 3 ** 10000)
    x = d
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
