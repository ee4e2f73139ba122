"""A helper with an LM call, called inside an except block, reads sys.exc_info() after its call."""

import sys

import autoform as af

CAUSE = 'helper with call sees exc_info'
ARGS = ("owls", "cats")


def probe(x):
    r = af.lm_call([{"role": "user", "content": x}], model="m")
    return r + repr(sys.exc_info()[1])


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        {}[ra]
    except KeyError:
        rb = probe(b)
    return ra, rb
