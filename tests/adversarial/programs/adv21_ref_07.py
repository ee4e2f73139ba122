"""sys._getframe().f_lineno read in a loop of calls."""

import sys

import autoform as af

CAUSE = "getframe lineno in loop"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def where():
    return sys._getframe(1).f_lineno


def main(items):
    out = []
    for t in items:
        r = ask(t)
        out.append((r, where()))
    return out
