"""An LM failure raised while a KeyError is being handled, in a helper with concurrent calls."""

import sys
import traceback

import autoform as af

CAUSE = 'context keyerror helper'
ARGS = ("owls", "cats")
FAIL = ['cats']


def both(x, y):
    rx = af.lm_call([{"role": "user", "content": x}], model="m")
    try:
        {}[x]
    except KeyError:
        ry = af.lm_call([{"role": "user", "content": y}], model="m")
    return rx + ry


def main(a: str, b: str):
    try:
        r = both(a, b)
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))
        traceback.print_exc(file=sys.stdout)
        r = None
    return r
