"""Genexp with walrus in condition assigning outer name, in try."""

import autoform as af

CAUSE = "genexp walrus"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    last = None
    try:
        out = list(ask(t) for t in items if (last := t) != "cats")
    except RuntimeError:
        out = None
    return out, last
