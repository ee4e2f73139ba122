"""int() of a 5000-digit string (parsing limit) from a reply-free constant after a failing call."""

import sys
import traceback

import autoform as af

CAUSE = "int of a 5000-digit string parsing li"
ARGS = ("owls", "cats")
FAIL = ['owls']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


S = "9" * 5000


def main(a, b):
    try:
        ra = ask(a)
    except RuntimeError:
        ra = None
    try:
        n = int(S)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        n = 0
    rb = ask(b)
    return ra, n % 7, rb
