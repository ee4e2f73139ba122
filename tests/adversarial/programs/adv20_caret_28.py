"""reply attribute call in a while test."""

import sys
import traceback

import autoform as af

CAUSE = "while test attribute carets"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = 0
        while ask(b).nope():
            rb += 1
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
