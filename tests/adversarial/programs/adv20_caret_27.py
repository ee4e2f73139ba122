"""int(reply, 16) with unicode text before it."""

import sys
import traceback

import autoform as af

CAUSE = "intreply 16 with unicode text before"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = "é" * 3 + str(int(ask(b), 16))
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
