"""the failing subscript spans two lines in parentheses."""

import sys
import traceback

import autoform as af

CAUSE = "the failing subscript spans two lines in"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = (ask(b)
              ["k"])
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
