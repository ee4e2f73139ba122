"""multi-line dict literal with a failing int() of a reply."""

import sys
import traceback

import autoform as af

CAUSE = "multi-line dict literal with a failing i"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = {
            "a": b,
            "n": int(ask(b)),
        }
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
