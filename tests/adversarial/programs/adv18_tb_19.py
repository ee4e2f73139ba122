"""A failure caught, kept, and its traceback printed later after another call."""

import sys
import traceback

import autoform as af

CAUSE = 'tb later'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    err = None
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        err = exc
        rb = None
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    traceback.print_exception(err, file=sys.stdout)
    return ra, rb
