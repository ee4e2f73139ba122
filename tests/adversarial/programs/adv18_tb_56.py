"""Failing call in an inline list comprehension filter."""

import sys
import traceback

import autoform as af

CAUSE = 'tb comp filter'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        rs = [t for t in (a, b) if af.lm_call([{"role": "user", "content": t}], model="m")]
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rs = None
    return rs
