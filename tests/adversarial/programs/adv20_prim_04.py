"""A sync primitive raising in finally, replacing its return."""

import sys
import traceback

import autoform as af

CAUSE = "A sync primitive raising in finally rep"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def conv(x):
    try:
        return x
    finally:
        if "cats" in x:
            raise LookupError("fin " + x)


def main(a, b):
    ra = ask(a)
    try:
        rb = conv(ask(b))
    except LookupError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
