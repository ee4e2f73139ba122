"""Genexp in a with body; __exit__ suppresses the failure."""

import contextlib

import autoform as af

CAUSE = "genexp in with suppress"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]
LOG = []


def ask(t):
    LOG.append(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = "unset"
    with contextlib.suppress(RuntimeError):
        out = sum(len(ask(t)) for t in items)
    LOG.append("after")
    return out
