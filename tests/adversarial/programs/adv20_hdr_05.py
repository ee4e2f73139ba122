"""if test: a plain function of the reply fails: int(ask(b))."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    try:
        if int(ask(b)):
            pass
    except ValueError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
