"""A primitive's failure with a chained cause, inside a loop, printed per item."""

import sys
import traceback

import autoform as af

CAUSE = "A primitives failure with a chained cau"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def conv(x):
    try:
        return int(x)
    except ValueError as e:
        raise TypeError("no " + x) from e


def main(a, b):
    out = []
    for t in [a, b]:
        r = ask(t)
        try:
            out.append(conv(r))
        except TypeError:
            traceback.print_exc(file=sys.stdout)
    return out
