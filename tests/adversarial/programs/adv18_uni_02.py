"""A non-ASCII identifier before the failing call."""

import sys
import traceback

import autoform as af

CAUSE = 'non-ascii name carets'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        größe = ra; rb = (größe, af.lm_call([{"role": "user", "content": b}], model="m"))  # noqa: E702
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
