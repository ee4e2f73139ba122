"""A sync primitive raises inside its own except block: implicit chaining printed by caller."""

import sys
import traceback

import autoform as af

CAUSE = "A sync primitive raises inside its own e"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def conv(x):
    try:
        return int(x)
    except ValueError:
        raise KeyError(x)


def main(a, b):
    ra = ask(a)
    try:
        rb = conv(ra)
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b)
    return ra, rb, rc
