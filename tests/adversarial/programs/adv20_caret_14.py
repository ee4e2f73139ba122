"""backslash continuation, failure on the continued line."""

import sys
import traceback

import autoform as af

CAUSE = "backslash continuation failure on the c"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = ask(a) + \
            ask(b)["k"]
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
