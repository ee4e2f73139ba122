"""Failing call in a lambda called in the function."""

import sys
import traceback

import autoform as af

CAUSE = 'tb lambda'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ask = lambda t: af.lm_call([{"role": "user", "content": t}], model="m")  # noqa: E731
    ra = ask(a)
    try:
        rb = ask(b)
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
