"""if test on a helper-calling-helper failure."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def inner(t):
    return ask(t)["k"]


def outer(t):
    return inner(t) + "x"


def main(a, b):
    try:
        if outer(b):
            pass
    except TypeError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
