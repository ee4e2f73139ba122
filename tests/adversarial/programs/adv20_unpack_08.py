"""Unpacking a reply into too many names, the traceback printed, beside independent calls."""

import sys
import traceback

import autoform as af

CAUSE = "Unpacking a reply into too many names t"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    ra = ask(a)
    try:
        p, q, r = pair(b)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        p = q = r = None
    rc = ask(b + "?")
    return ra, p, q, r, rc
