"""Traceback printed for a failing genexp item, uncaught inside try/finally."""

import sys
import traceback

import autoform as af

CAUSE = "genexp traceback"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def outer(items):
    try:
        return tuple(
            ask(t)
            for t in items
        )
    finally:
        print("fin")


def main(items):
    try:
        return outer(items)
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        return None
