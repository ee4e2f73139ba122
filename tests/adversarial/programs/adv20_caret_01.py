"""KeyError in a keyword argument model=CONFIG['k']."""

import sys
import traceback

import autoform as af

CAUSE = "KeyError in a keyword argument modelCON"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


CONFIG = {"m": 1}


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model=CONFIG["k"])
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
