"""af.format bad template as the whole prompt of a call, prompt bound first (no nesting)."""

import sys
import traceback

import autoform as af

CAUSE = 'af.format own step'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.format("{} {}", b)
    except IndexError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
