"""Primitive reading sys.exc_info() in except handlers of a fanned loop."""

import sys

import autoform as af

CAUSE = "exc_info in loop handler primitive"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats", "owls"]
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def note(x):
    e = sys.exc_info()[1]
    return x + ":" + (str(e) if e else "none")


def main(items):
    out = []
    for t in items:
        try:
            out.append(ask(t))
        except RuntimeError:
            out.append(note(t))
    return out
