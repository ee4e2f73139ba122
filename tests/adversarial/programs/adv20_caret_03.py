"""ZeroDivisionError of len(reply) / 0."""

import sys
import traceback

import autoform as af

CAUSE = "ZeroDivisionError of lenreply / 0."
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = len(ask(b)) / 0
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
