"""An async primitive called with a wrong number of arguments."""

import sys
import traceback

import autoform as af

CAUSE = 'async primitive TypeError args'
ARGS = ("owls", "cats")


@af.primitive
async def one(x):
    return x


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = one(ra, b)
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
