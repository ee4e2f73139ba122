"""A sync primitive whose body makes an LM call that fails; main prints the traceback."""

import sys
import traceback

import autoform as af

CAUSE = 'primitive inner lm tb'
ARGS = ("owls", "cats")
FAIL = ['cats']


@af.primitive
def wrap(t):
    return "[" + af.lm_call([{"role": "user", "content": t}], model="m") + "]"


def main(a: str, b: str):
    ra = wrap(a)
    try:
        rb = wrap(b)
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
