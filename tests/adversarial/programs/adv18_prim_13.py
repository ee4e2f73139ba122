"""A primitive called with a wrong number of arguments: TypeError; traceback printed."""

import sys
import traceback

import autoform as af

CAUSE = 'primitive TypeError args'
ARGS = ("owls", "cats")


@af.primitive
def one(x):
    return x



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = one(a, b)
    except TypeError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
