"""**kwargs with None inside the call's keywords."""

import sys
import traceback

import autoform as af

CAUSE = "dict merge carets in call kwargs"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


BAD = None


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = af.lm_call([{"role": "user", "content": b}], **{"model": "m", **BAD})
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
