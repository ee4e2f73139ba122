"""A sync primitive raising KeyError; traceback printed."""

import sys
import traceback

import autoform as af

CAUSE = 'tb primitive sync'
ARGS = ("owls", "cats")


@af.primitive
def pick(d, k):
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
