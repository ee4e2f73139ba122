"""two calls in a statement; the second's reply subscripted."""

import sys
import traceback

import autoform as af

CAUSE = "two calls in a statement the seconds r"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = ask(a) + ask(b)["k"]
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
