"""Non-ASCII text before the failing call on the same line: carets count characters, not bytes."""

import sys
import traceback

import autoform as af

CAUSE = 'non-ascii carets'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = "ü€😀" + af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
