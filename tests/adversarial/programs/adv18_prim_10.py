"""A primitive's own exception chained from a caught one (context printed)."""

import sys
import traceback

import autoform as af

CAUSE = 'primitive context tb'
ARGS = ("owls", "cats")


@af.primitive
def conv(x):
    try:
        return int(x)
    except ValueError:
        raise KeyError(x)



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = conv(a)
    except KeyError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
