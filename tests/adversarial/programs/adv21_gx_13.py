"""Nested genexps in try."""

import autoform as af

CAUSE = "nested genexps"
ARGS = (["owls", "cats"], ["x", "y"])
LOG = []


def ask(t):
    LOG.append(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items, suffixes):
    try:
        out = list(tuple(ask(t + s) for s in suffixes) for t in items)
    except RuntimeError:
        out = None
    return out
