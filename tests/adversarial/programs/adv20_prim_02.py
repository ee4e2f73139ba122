"""A sync primitive raise X from e, caller prints the chain."""

import sys
import traceback

import autoform as af

CAUSE = "A sync primitive raise X from e caller"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def conv(x):
    try:
        return {}[x]
    except KeyError as e:
        raise ValueError("bad " + x) from e


def main(a, b):
    ra = ask(a)
    try:
        rb = conv(ra)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b)
    return ra, rb, rc
