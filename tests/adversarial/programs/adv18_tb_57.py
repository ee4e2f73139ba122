"""Failing call inside a generator passed to join."""

import sys
import traceback

import autoform as af

CAUSE = 'tb genexp join'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        rs = ",".join(af.lm_call([{"role": "user", "content": t}], model="m") for t in (a, b))
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rs = None
    return rs
