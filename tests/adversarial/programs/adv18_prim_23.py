"""A helper (no LM call) raising inside the call's prompt."""

import sys
import traceback

import autoform as af

CAUSE = 'helper in args carets'
ARGS = ("owls", "cats")


def pick(k):
    return {"owls": "x"}[k]



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": pick(b)}], model="m")
    except KeyError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
