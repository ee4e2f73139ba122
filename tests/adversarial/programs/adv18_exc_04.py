"""An LM call made inside an except block fails: its __context__ is the handled KeyError."""

import sys
import traceback

import autoform as af

CAUSE = 'lm failure in handler context'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        try:
            {}[ra]
        except KeyError:
            af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as e:
        print(repr(e.__context__))
        traceback.print_exc(file=sys.stdout)
    return ra
