"""Failing call inside a with body."""

import sys
import traceback

import autoform as af

CAUSE = 'tb with'
ARGS = ("owls", "cats")
FAIL = ['cats']


import contextlib


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        with contextlib.nullcontext():
            rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
