"""A sync primitive raising StopIteration: becomes ... in caller?"""

import sys
import traceback

import autoform as af

CAUSE = "A sync primitive raising StopIteration:"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def nxt(x):
    return next(iter([]))


def main(a, b):
    ra = ask(a)
    try:
        rb = nxt(b)
    except StopIteration:
        traceback.print_exc(file=sys.stdout)
        rb = "stop"
    rc = ask(b)
    return ra, rb, rc
