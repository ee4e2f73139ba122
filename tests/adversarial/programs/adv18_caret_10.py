"""A reply multiplied by a str: TypeError, over two lines."""

import sys
import traceback

import autoform as af

CAUSE = 'multi-line binop'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = (
            af.lm_call([{"role": "user", "content": b}], model="m")
            * 'x'
        )
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b + '!'}], model="m")
    return ra, rb, rc
