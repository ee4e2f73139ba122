"""with item call failing, multiple items across lines."""

import contextlib
import sys
import traceback

import autoform as af

CAUSE = "with multi items"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    try:
        with (
            contextlib.nullcontext(ask(a + "1")) as x,
            contextlib.nullcontext(ask(b)[{}.get(b, 99)]) as y,
        ):
            rb = x + y
    except IndexError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
