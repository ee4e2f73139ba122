"""A helper asks; a loop walks enumerate(ask(t) for t in items)."""

import autoform as af

CAUSE = "genexp of helper calls in enumerate"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items: list):
    out = {}
    for i, r in enumerate(ask(t) for t in items):
        out[i] = r
    return out
