"""except* around a failing LM call: the handler sees an ExceptionGroup; its traceback printed."""

import sys
import traceback

import autoform as af

CAUSE = 'tb except star'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except* RuntimeError as eg:
        print(repr(eg))
        traceback.print_exception(eg, file=sys.stdout)
        rb = None
    return ra, rb
