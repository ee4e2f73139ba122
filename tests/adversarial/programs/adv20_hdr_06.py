"""for iterable: reply attribute error."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    try:
        for x in ask(b).nope:
            pass
    except AttributeError:
        traceback.print_exc(file=sys.stdout)
    return ask(a)
