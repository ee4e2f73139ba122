"""A reply compared then indexed: comparison chain in a subscript."""

import sys
import traceback

import autoform as af

CAUSE = 'reply in subscript index'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = [1, 2][af.lm_call([{"role": "user", "content": b}], model="m") == 'x' or 7]
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b + '!'}], model="m")
    return ra, rb, rc
