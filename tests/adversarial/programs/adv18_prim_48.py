"""An async primitive awaiting af.lm_call.acall that fails; main prints the traceback."""

import sys
import traceback

import autoform as af

CAUSE = 'async primitive inner acall tb'
ARGS = ("owls", "cats")
FAIL = ['cats']


@af.primitive
async def wrap(t):
    return "[" + await af.lm_call.acall([{"role": "user", "content": t}], model="m") + "]"


def main(a: str, b: str):
    ra = wrap(a)
    try:
        rb = wrap(b)
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
