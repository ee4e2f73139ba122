"""emoji before int(reply) in a tuple."""

import sys
import traceback

import autoform as af

CAUSE = "emoji before intreply in a tuple."
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = ("🦉🦉", int(ask(b)))
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
