"""f-string with a failing subscript in the prompt."""

import sys
import traceback

import autoform as af

CAUSE = "f-string with a failing subscript in the"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


D = {}


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = ask(f"pre {b} {D[b]} post")
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
