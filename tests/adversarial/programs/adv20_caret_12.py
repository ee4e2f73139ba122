"""walrus in if test then subscript."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        if (r := ask(b))["k"]:
            rb = r
        else:
            rb = None
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
