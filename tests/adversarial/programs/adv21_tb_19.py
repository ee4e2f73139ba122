"""match value pattern whose dotted name is missing: AttributeError at the case line."""

import sys
import traceback

import autoform as af

CAUSE = "match case pattern failure"
ARGS = ("owls", "cats")


class K:
    owls = "<m:owls>"


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    try:
        match ask(b):
            case K.owls:
                rb = 1
            case K.cats:
                rb = 2
    except AttributeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
