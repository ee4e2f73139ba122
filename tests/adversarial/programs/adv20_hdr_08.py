"""while test attribute call: whole call carets vs attribute carets."""

import sys
import traceback

import autoform as af

CAUSE = "while test attribute carets"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    try:
        while ask(b).nope():
            pass
    except AttributeError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
