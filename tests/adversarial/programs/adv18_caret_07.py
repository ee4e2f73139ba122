"""len of a reply divided by zero."""

import sys
import traceback

import autoform as af

CAUSE = 'reply zero division'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = len(af.lm_call([{"role": "user", "content": b}], model="m")) / 0
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b + '!'}], model="m")
    return ra, rb, rc
