"""assert test subscripts a reply."""

import sys
import traceback

import autoform as af

CAUSE = "assert test subscripts a reply."
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    try:
        assert ask(b)["k"]
    except TypeError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
