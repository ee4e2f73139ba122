"""reply used as dict key into an empty dict with CJK before it."""

import sys
import traceback

import autoform as af

CAUSE = "reply used as dict key into an empty dic"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = ("猫", {}[ask(b)])
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
