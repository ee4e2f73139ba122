"""sys._getframe().f_locals read after calls."""

import sys

import autoform as af

CAUSE = "sys._getframe.f_locals read after call"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        out.append(ask(t))
    loc = sys._getframe().f_locals
    return out, sorted(loc)
