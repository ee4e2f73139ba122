"""A reply (8 chars) unpacked into two names fails; an independent call after."""

import sys
import traceback

import autoform as af

CAUSE = "A reply 8 chars unpacked into two name"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    try:
        x, y = ask(a)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        x = y = None
    rc = ask(b)
    return x, y, rc
