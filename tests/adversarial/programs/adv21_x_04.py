"""del of a name holding a reply, then its use raises UnboundLocalError."""

import sys
import traceback

import autoform as af

CAUSE = "del then use"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    rb = ask(b)
    del ra
    try:
        rc = ask(ra)
    except UnboundLocalError:
        traceback.print_exc(file=sys.stdout)
        rc = None
    return rb, rc
