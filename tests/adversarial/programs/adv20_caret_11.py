"""augmented assignment to a missing dict key with a reply."""

import sys
import traceback

import autoform as af

CAUSE = "augmented assignment to a missing dict k"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        d = {}
        d[b] += ask(b)
        rb = d
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
