"""Walrus running total inside a list comprehension over calls."""

import autoform as af

CAUSE = "walrus binds enclosing variable across comprehension iterations"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    total = 0
    sizes = [(total := total + len(ask(x))) for x in items]
    return sizes, total
