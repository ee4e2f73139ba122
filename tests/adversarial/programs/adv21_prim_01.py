"""Primitive reading sys.exc_info() called in a finally while a failure propagates."""

import sys

import autoform as af

CAUSE = "exc_info in finally primitive"
ARGS = ("owls", "cats")
FAIL = ["cats"]
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def note(x):
    LOG.append((x, repr(sys.exc_info()[1])))
    return x


def main(a, b):
    ra = ask(a)
    try:
        try:
            rb = ask(b)
        finally:
            note(ra)
    except RuntimeError:
        rb = None
    return ra, rb
