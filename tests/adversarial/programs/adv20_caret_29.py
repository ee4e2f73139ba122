"""return-style nested: ask(b)[len(ask(a))]."""

import sys
import traceback

import autoform as af

CAUSE = "return-style nested: askblenaska"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = ask(b)[len(ask(a))]
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
