"""Primitive in finally with bare raise inside: re-raises the in-flight failure."""

import sys
import traceback

import autoform as af

CAUSE = "bare raise in primitive in finally"
ARGS = ("owls", "cats")
FAIL = ["cats"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def rer(x):
    if sys.exc_info()[0] is not None:
        raise
    return x


def main(a, b):
    ra = ask(a)
    try:
        try:
            rb = ask(b)
        finally:
            rer(ra)
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    return ra, rb
