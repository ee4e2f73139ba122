"""A primitive raising a new error inside caller's except: implicit context is the caller's KeyError."""

import sys
import traceback

import autoform as af

CAUSE = "A primitive raising a new error inside c"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def conv(x):
    raise ValueError(x)


def main(a, b):
    ra = ask(a)
    try:
        try:
            {}[ra]
        except KeyError:
            rb = conv(b)
    except ValueError as e:
        rb = repr(e.__context__)
        traceback.print_exc(file=sys.stdout)
    rc = ask(b)
    return ra, rb, rc
