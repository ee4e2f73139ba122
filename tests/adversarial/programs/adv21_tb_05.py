"""@af.concurrent on a method? plain function here: nested helper calling helper with ** splat failing."""

import sys
import traceback

import autoform as af

CAUSE = "splat kwargs failing"
ARGS = ("owls", "cats")


def ask(t, model="m"):
    return af.lm_call([{"role": "user", "content": t}], model=model)


def main(a, b):
    ra = ask(a)
    opts = {"model": "m"}
    bad = {"t": "x"}
    try:
        rb = ask(b, **opts,
                 **bad)
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
