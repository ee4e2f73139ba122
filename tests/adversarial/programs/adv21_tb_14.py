"""Helper called with too many positional args: TypeError printed."""

import sys
import traceback

import autoform as af

CAUSE = "splat kwargs failing"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    try:
        rb = ask(b, a)
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
