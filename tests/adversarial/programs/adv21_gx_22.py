"""Genexp item raising a non-LM error after a call; traceback printed."""

import sys
import traceback

import autoform as af

CAUSE = "genexp item error traceback"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    try:
        out = ",".join(ask(t)[{"owls": 1, "dogs": 2}[t]] for t in items)
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        out = None
    return out
