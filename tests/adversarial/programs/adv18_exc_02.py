"""An async primitive called inside an except block reads sys.exception()."""

import sys

import autoform as af

CAUSE = 'async primitive sees exception'
ARGS = ("owls", "cats")


@af.primitive
async def probe(x):
    return x + repr(sys.exception())


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        {}[ra]
    except KeyError:
        rb = probe(b)
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
