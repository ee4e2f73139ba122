"""Handler makes an LM call that fails: __context__ of the new failure is the first one."""

import sys
import traceback

import autoform as af

CAUSE = "context chain of failure in handler"
ARGS = ("owls", "cats")
FAIL = ["cats"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    try:
        try:
            rb = ask(b)
        except RuntimeError:
            rb = ask(b + "again")
    except RuntimeError as e:
        traceback.print_exc(file=sys.stdout)
        rb = repr(e.__context__)
    rc = ask(a + "!")
    return ra, rb, rc
