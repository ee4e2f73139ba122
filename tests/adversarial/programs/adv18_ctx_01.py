"""A helper's two independent calls both fail; main prints the traceback of what it caught (chained?)."""

import sys
import traceback

import autoform as af

CAUSE = 'both fail helper'
ARGS = ("owls", "cats")
FAIL = ['owls', 'cats']


def both(x, y):
    rx = af.lm_call([{"role": "user", "content": x}], model="m")
    ry = af.lm_call([{"role": "user", "content": y}], model="m")
    return rx + ry


def main(a: str, b: str):
    try:
        r = both(a, b)
    except RuntimeError as e:
        print(repr(e), repr(e.__context__), repr(e.__cause__))
        traceback.print_exc(file=sys.stdout)
        r = None
    return r
