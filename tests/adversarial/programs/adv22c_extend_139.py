"""Extend the collection with split pieces of each reply."""

import autoform as af

CAUSE = "extend collection"
ARGS = (["owls", "cats"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    out = []
    for x in items:
        out.extend(ask(x).split(":"))
    return out
