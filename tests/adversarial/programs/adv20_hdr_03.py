"""while test int() of a reply."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    n = 0
    try:
        while int(ask(b)) > n:
            n += 1
    except ValueError:
        traceback.print_exc(file=sys.stdout)
    return ask(a), n
