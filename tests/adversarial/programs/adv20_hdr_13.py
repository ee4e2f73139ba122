"""Call with *args of None."""

import sys
import traceback

import autoform as af

CAUSE = "star args message names acall"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


BAD = None


def main(a, b):
    try:
        af.lm_call(*BAD, model="m")
    except TypeError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
