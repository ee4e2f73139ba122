"""A primitive with a bare raise inside caller's except re-raises the caller's exception."""

import sys
import traceback

import autoform as af

CAUSE = "A primitive with a bare raise inside cal"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def rer(x):
    raise


def main(a, b):
    ra = ask(a)
    try:
        try:
            {}[ra]
        except KeyError:
            rb = rer(b)
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        rb = "re"
    rc = ask(b)
    return ra, rb, rc
