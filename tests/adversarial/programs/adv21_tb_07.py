"""match subject from a reply failing in a guard."""

import sys
import traceback

import autoform as af

CAUSE = "match guard failure"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    try:
        match ask(b):
            case str(s) if s[40] == "x":
                rb = 1
            case _:
                rb = 2
    except IndexError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
