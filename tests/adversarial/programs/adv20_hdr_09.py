"""with item: the reply divided by zero length."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import contextlib


def main(a, b):
    try:
        with contextlib.nullcontext(len(ask(b)) // 0):
            pass
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
