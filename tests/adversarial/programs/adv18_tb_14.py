"""af.format with a bad template (missing field)."""

import sys
import traceback

import autoform as af

CAUSE = 'tb format bad template'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.format("{} and {}", ra)
    except IndexError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
