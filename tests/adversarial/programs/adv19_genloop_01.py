"""A for loop walks a generator expression of replies directly."""

import autoform as af

CAUSE = "genexp as loop source"
ARGS = (["owls", "cats"],)


def main(items: list):
    out = []
    for r in (af.lm_call([{"role": "user", "content": t}], model="m") for t in items):
        out.append(r)
    return out
