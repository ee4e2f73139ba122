"""Genexp in an except handler."""

import autoform as af

CAUSE = "genexp in except handler"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats", "boom"]
LOG = []


def ask(t):
    LOG.append(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    try:
        ask("boom")
    except RuntimeError:
        out = dict((t, ask(t)) for t in items)
    return out
