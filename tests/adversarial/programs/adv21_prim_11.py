"""Primitive called in except* handler? No - nested handler: inner exc_info restored after inner try."""

import sys

import autoform as af

CAUSE = "exc_info restore after nested handler"
ARGS = ("owls", "cats")
FAIL = ["cats", "dogs"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def note(x):
    return (x, str(sys.exc_info()[1]))


def main(a, b):
    ra = ask(a)
    try:
        ask(b)
    except RuntimeError:
        try:
            ask("dogs")
        except RuntimeError:
            i = note("inner")
        o = note("outer")
    n = note("none")
    return ra, i, o, n
