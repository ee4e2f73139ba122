"""a reply divided: ask(b) / 2."""

import sys
import traceback

import autoform as af

CAUSE = "a reply divided: askb / 2."
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = ask(b) / 2
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
