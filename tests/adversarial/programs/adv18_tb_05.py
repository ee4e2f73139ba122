"""Failing call inside a list display, second element."""

import sys
import traceback

import autoform as af

CAUSE = 'tb list display'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        rs = [af.lm_call([{"role": "user", "content": a}], model="m"), af.lm_call([{"role": "user", "content": b}], model="m")]
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rs = None
    return rs
