"""assert message with reply subscript."""

import sys
import traceback

import autoform as af

CAUSE = "assert message with reply subscript."
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        assert not b, ask(b)["k"]
        rb = 1
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
