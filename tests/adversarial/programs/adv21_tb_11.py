"""Augmented assignment to attribute with a call, failing with TypeError."""

import sys
import traceback
import types

import autoform as af

CAUSE = "augassign attr call"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    ns = types.SimpleNamespace(n=1)
    try:
        ns.n += ask(b)
    except TypeError:
        traceback.print_exc(file=sys.stdout)
    rc = ask(b + "!")
    return ra, ns.n, rc
