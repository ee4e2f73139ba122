"""A reply's slice's missing attribute."""

import sys
import traceback

import autoform as af

CAUSE = 'reply slice attribute carets'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")[0:3].nope
    except AttributeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
