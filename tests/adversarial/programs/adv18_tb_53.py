"""A failing call in a while condition."""

import sys
import traceback

import autoform as af

CAUSE = 'tb while cond'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    n = 0
    try:
        while af.lm_call([{"role": "user", "content": b}], model="m") and n < 2:
            n += 1
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
    return n, af.lm_call([{"role": "user", "content": a}], model="m")
