"""A helper re-raises with a bare raise after logging; main prints the traceback."""

import sys
import traceback

import autoform as af

CAUSE = 'tb bare reraise helper'
ARGS = ("owls", "cats")
FAIL = ['cats']


def ask(t):
    try:
        return af.lm_call([{"role": "user", "content": t}], model="m")
    except RuntimeError:
        print("retry? no")
        raise


def main(a: str, b: str):
    ra = ask(a)
    try:
        rb = ask(b)
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
