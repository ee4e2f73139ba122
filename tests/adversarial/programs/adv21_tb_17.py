"""match class pattern with too many positional sub-patterns: TypeError at the case line."""

import dataclasses
import sys
import traceback

import autoform as af

CAUSE = "match case pattern failure"
ARGS = ("owls", "cats")


class P:
    def __init__(self, x):
        self.x = x


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    try:
        match P(ask(b)):
            case P(x):
                rb = x
            case _:
                rb = 2
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc, dataclasses.is_dataclass(P)
