"""int() of a reply in the same statement: ValueError, carets on int(...)."""

import sys
import traceback

import autoform as af

CAUSE = 'int of reply'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = int(af.lm_call([{"role": "user", "content": b}], model="m"))
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b + '!'}], model="m")
    return ra, rb, rc
