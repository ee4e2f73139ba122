"""A reply into a primitive that raises."""

import sys
import traceback

import autoform as af

CAUSE = 'primitive raises on reply'
ARGS = ("owls", "cats")


@af.primitive
def bad(x):
    return {}[x]


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = bad(af.lm_call([{"role": "user", "content": b}], model="m"))
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b + '!'}], model="m")
    return ra, rb, rc
