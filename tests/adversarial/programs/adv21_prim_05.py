"""raise ... from inside a handler around an LM call, printed."""

import sys
import traceback

import autoform as af

CAUSE = "raise from in handler"
ARGS = ("owls", "cats")
FAIL = ["cats"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def step(b):
    try:
        return ask(b)
    except RuntimeError as e:
        raise ValueError("wrapped " + ask(b[:2])) from e


def main(a, b):
    ra = ask(a)
    try:
        rb = step(b)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(a + "!")
    return ra, rb, rc
