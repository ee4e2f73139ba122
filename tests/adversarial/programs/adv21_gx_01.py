"""sorted() of a genexp inside try, one item fails, caught and printed."""

import sys
import traceback

import autoform as af

CAUSE = "genexp in try failing item"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    try:
        out = sorted(ask(t) for t in items)
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        out = None
    return out
