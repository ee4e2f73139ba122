"""Primitive called with too many args: TypeError printed."""

import sys
import traceback

import autoform as af

CAUSE = "primitive bad args"
ARGS = ("owls", "cats")


@af.primitive
def up(x):
    return x.upper()


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    try:
        rb = up(ra, b)
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb, ask(b)
