"""Failing call in a list comprehension."""

import sys
import traceback

import autoform as af

CAUSE = 'tb listcomp'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        rs = [af.lm_call([{"role": "user", "content": t}], model="m") for t in (a, b)]
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rs = None
    return rs
