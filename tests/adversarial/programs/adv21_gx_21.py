"""Genexp traceback outside try (list-comp fan-out)."""

import sys
import traceback

import autoform as af

CAUSE = "genexp traceback fanned"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def outer(items):
    out = tuple(
        ask(t)
        for t in items
    )
    return out


def main(items):
    try:
        return outer(items)
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        return None
