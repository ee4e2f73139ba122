"""A dict keyed by one reply looked up by another."""

import sys
import traceback

import autoform as af

CAUSE = 'dict lookup replies'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = {af.lm_call([{"role": "user", "content": a}], model="m"): 1}[af.lm_call([{"role": "user", "content": b}], model="m")]
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b + '!'}], model="m")
    return ra, rb, rc
