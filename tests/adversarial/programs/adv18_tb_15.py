"""Failing call in a return inside a helper, helper in an assert."""

import sys
import traceback

import autoform as af

CAUSE = 'tb assert'
ARGS = ("owls", "cats")
FAIL = ['cats']


def ok(t):
    return af.lm_call([{"role": "user", "content": t}], model="m").startswith("<")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        assert ok(b), "bad"
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
    return ra
