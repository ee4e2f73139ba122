"""af.lm_call with an unknown keyword: TypeError printed."""

import sys
import traceback

import autoform as af

CAUSE = "lm_call bad kwarg"
ARGS = ("owls", "cats")


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], modl="m")
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
