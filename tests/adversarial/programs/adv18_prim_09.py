"""A sync primitive raising inside a generator expression consumed by join."""

import sys
import traceback

import autoform as af

CAUSE = 'primitive genexp tb'
ARGS = ("owls", "cats")


@af.primitive
def glue(xs):
    return "".join(str(1 // x) for x in xs)



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = glue([1, 0])
    except ZeroDivisionError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
