"""A reply formatted with a bad spec in an f-string."""

import sys
import traceback

import autoform as af

CAUSE = 'reply fstring spec'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = f"{af.lm_call([{'role': 'user', 'content': b}], model='m'):d}"
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b + '!'}], model="m")
    return ra, rb, rc
