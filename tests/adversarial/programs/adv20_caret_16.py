"""chained attribute access on a reply."""

import sys
import traceback

import autoform as af

CAUSE = "chained attribute access on a reply."
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = ask(b).strip().nope.more
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
