"""Helper (not primitive) reading sys.exc_info() after an LM call in a handler."""

import sys

import autoform as af

CAUSE = "exc_info after LM call in handler"
ARGS = ("owls", "cats")
FAIL = ["cats"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def info(x):
    r = ask(x)
    e = sys.exc_info()[1]
    return r + "|" + repr(e)


def main(a, b):
    ra = ask(a)
    try:
        rb = ask(b)
    except RuntimeError:
        rb = info(a + "2")
    return ra, rb
