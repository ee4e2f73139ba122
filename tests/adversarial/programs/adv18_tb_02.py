"""Failing call inside a boolean operator."""

import sys
import traceback

import autoform as af

CAUSE = 'tb boolop'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = ra and af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
