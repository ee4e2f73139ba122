"""A nested def helper with a decorator, failing after an LM call."""

import functools
import sys
import traceback

import autoform as af

CAUSE = "decorated nested helper"
ARGS = ("owls", "cats")


def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@deco
def helper(t):
    r = ask(t)
    return r[100]


def main(a, b):
    ra = ask(a)
    try:
        rb = helper(b)
    except IndexError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
