"""Two statements on one line with a semicolon; the second's call fails."""

import sys
import traceback

import autoform as af

CAUSE = 'semicolon carets'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m"); rb = af.lm_call([{"role": "user", "content": b}], model="m")  # noqa: E702
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        ra = rb = None
    return ra, rb
