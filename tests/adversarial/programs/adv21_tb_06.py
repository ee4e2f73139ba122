"""elif test raising on a reply, in multi-line header."""

import sys
import traceback

import autoform as af

CAUSE = "elif multiline header"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    try:
        if b == "x":
            rb = 0
        elif (
            len(ask(b))
            /
            0
        ):
            rb = 1
        else:
            rb = 2
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
