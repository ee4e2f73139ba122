"""An async primitive raising KeyError."""

import sys
import traceback

import autoform as af

CAUSE = 'tb primitive async'
ARGS = ("owls", "cats")


@af.primitive
async def pick(d, k):
    return d[k]


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = pick({"owls": 1}, b)
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
