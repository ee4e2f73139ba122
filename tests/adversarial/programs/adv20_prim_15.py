"""A sync primitive suppresses with contextlib.suppress then reads exc_info."""

import sys

import autoform as af

CAUSE = "A sync primitive suppresses with context"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import contextlib


@af.primitive
def conv(x):
    with contextlib.suppress(KeyError):
        {}[x]
    return repr(sys.exc_info()[1])


def main(a, b):
    ra = ask(a)
    try:
        raise OSError("outer")
    except OSError:
        rb = conv(b)
    rc = ask(b)
    return ra, rb, rc
