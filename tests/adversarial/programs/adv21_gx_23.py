"""Same genexp item error without try (fanned)."""

import sys
import traceback

import autoform as af

CAUSE = "genexp item error traceback fanned"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def helper(items):
    return ",".join(ask(t)[{"owls": 1, "dogs": 2}[t]] for t in items)


def main(items):
    try:
        return helper(items)
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        return None
