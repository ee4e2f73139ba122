"""A helper makes two independent calls (compiled concurrently); the second fails; main prints the traceback."""

import sys
import traceback

import autoform as af

CAUSE = 'tb helper concurrent'
ARGS = ("owls", "cats")
FAIL = ['cats']


def both(x, y):
    rx = af.lm_call([{"role": "user", "content": x}], model="m")
    ry = af.lm_call([{"role": "user", "content": y}], model="m")
    return rx + ry


def main(a: str, b: str):
    try:
        r = both(a, b)
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        r = None
    return r
