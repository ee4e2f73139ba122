"""A note added to the LM failure, then printed."""

import sys
import traceback

import autoform as af

CAUSE = 'tb notes'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        try:
            rb = af.lm_call([{"role": "user", "content": b}], model="m")
        except RuntimeError as exc:
            exc.add_note("while asking " + b)
            raise
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
