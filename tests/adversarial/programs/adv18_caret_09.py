"""A reply passed to a helper that raises (no LM call in the helper)."""

import sys
import traceback

import autoform as af

CAUSE = 'helper raises on reply'
ARGS = ("owls", "cats")


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
