"""An async primitive reading sys.exc_info() inside the caller's except."""

import sys

import autoform as af

CAUSE = "An async primitive reading sys.exc_info"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
async def probe(x):
    return x + repr(sys.exc_info()[0])


def main(a, b):
    ra = ask(a)
    try:
        {}[ra]
    except KeyError:
        rb = probe(b)
    rc = ask(b)
    return ra, rb, rc
