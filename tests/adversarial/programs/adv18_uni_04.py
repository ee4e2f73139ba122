"""A failing call continued over a backslash."""

import sys
import traceback

import autoform as af

CAUSE = 'backslash carets'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = ra + \
            af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
