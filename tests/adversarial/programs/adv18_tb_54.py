"""A failing call in an assert's message."""

import sys
import traceback

import autoform as af

CAUSE = 'tb assert msg'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        assert ra == "x", af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
    return ra
