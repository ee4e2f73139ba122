"""A huge int in the prompt of a call (str() fails inside the args)."""

import sys
import traceback

import autoform as af

CAUSE = "A huge int in the prompt of a call str"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(b)
    try:
        rb = ask(a + str(10 ** 5000))
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
