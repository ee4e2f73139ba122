"""A helper's for loop walks a generator expression of replies; main calls the helper."""

import autoform as af

CAUSE = "genexp loop source in helper"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def collect(items):
    out = []
    for r in (ask(t) for t in items):
        out.append(r)
    return out


def main(items: list):
    return collect(items)
