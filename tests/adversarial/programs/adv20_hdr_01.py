"""Minimal: an if test subscripts a reply, no other call: carets lost."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    try:
        if ask(b)["k"]:
            pass
    except TypeError:
        traceback.print_exc(file=sys.stdout)
    return 1
