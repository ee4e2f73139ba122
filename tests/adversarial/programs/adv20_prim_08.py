"""A sync primitive raising GeneratorExit, caught by the caller, prints traceback."""

import sys
import traceback

import autoform as af

CAUSE = "A sync primitive raising GeneratorExit"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def stop(x):
    raise GeneratorExit(x)


def main(a, b):
    ra = ask(a)
    try:
        rb = stop(ra)
    except GeneratorExit:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b)
    return ra, rb, rc
