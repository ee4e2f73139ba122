"""A fanned-out loop appends int() of each reply; each failure printed."""

import sys
import traceback

import autoform as af

CAUSE = 'fanout int of reply carets'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    out = []
    for t in (a, b):
        try:
            out.append(int(af.lm_call([{"role": "user", "content": t}], model="m")))
        except ValueError:
            traceback.print_exc(file=sys.stdout)
    return out
