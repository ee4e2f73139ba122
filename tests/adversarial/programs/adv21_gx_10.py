"""Genexp whose items append to a list, inside try/finally; one fails."""

import autoform as af

CAUSE = "genexp items append"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]
LOG = []


def ask(t):
    LOG.append(t)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    LOG.append(r)
    return r


def main(items):
    try:
        return set(ask(t) for t in items)
    finally:
        LOG.append("finally")
