"""Lambda with default capturing a reply, failing when called."""

import sys
import traceback

import autoform as af

CAUSE = "lambda default reply"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    f = lambda k, r=ask(b): r[k]  # noqa: E731
    try:
        rb = f(99)
    except IndexError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
