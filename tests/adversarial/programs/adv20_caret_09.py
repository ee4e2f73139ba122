"""with item built from a reply subscript."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import contextlib


def main(a: str, b: str):

    ra = ask(a)
    try:
        with contextlib.nullcontext(ask(b)["k"]) as rb:
            pass
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
