"""int() of a reply inside a call's prompt: ValueError carets."""

import sys
import traceback

import autoform as af

CAUSE = 'int in args carets'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": str(int(b))}], model="m")
    except ValueError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
