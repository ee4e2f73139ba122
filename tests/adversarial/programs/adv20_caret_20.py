"""the LM call itself fails inside len(...) + 1."""

import sys
import traceback

import autoform as af

CAUSE = "the LM call itself fails inside len..."
ARGS = ("owls", "cats")
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = len(ask(b)) + 1
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
