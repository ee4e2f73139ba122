"""Genexp outside try with walrus condition."""

import autoform as af

CAUSE = "genexp walrus"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["dogs"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def helper(items):
    last = None
    try:
        return sorted(ask(t) for t in items if (last := t))
    finally:
        print("last", last)


def main(items):
    try:
        return helper(items)
    except RuntimeError as e:
        return str(e)
