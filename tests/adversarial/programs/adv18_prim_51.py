"""A primitive called through keyword arguments that don't match: TypeError message and traceback."""

import sys
import traceback

import autoform as af

CAUSE = 'primitive bad kwarg'
ARGS = ("owls", "cats")


@af.primitive
def pick(k):
    return k


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = pick(key=ra)
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
