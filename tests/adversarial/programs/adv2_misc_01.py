"""A functools.cache helper that asks, called in a loop over items with repeats."""

import functools

import autoform as af

CAUSE = 2
ARGS = (["a", "b", "a", "b", "c"],)


@functools.cache
def ask(x):
    return af.lm_call([{"role": "user", "content": x}], model="m")


def main(items: list[str]):
    out = []
    for x in items:
        out.append(ask(x))
    return out
