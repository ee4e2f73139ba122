"""functools.cache on a helper called with two independent arguments, then cache_info."""

import functools

import autoform as af

CAUSE = "functools.cache hits"
ARGS = ("owls", "owls")


@functools.cache
def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):
    x = ask(a)
    y = ask(b)
    return x, y, ask.cache_info().misses
