"""A sync primitive called inside an except block reads sys.exc_info()."""

import sys

import autoform as af

CAUSE = 'primitive sees exc_info'
ARGS = ("owls", "cats")


@af.primitive
def probe(x):
    return x + repr(sys.exc_info()[1])


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        {}[ra]
    except KeyError:
        rb = probe(b)
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
