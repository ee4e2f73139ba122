"""A memo helper with a module cache, called in a loop over items with repeats: one request
per distinct item."""

import autoform as af

CAUSE = 2
ARGS = (["a", "b", "a", "c", "b"],)
CACHE = {}


def cached(x):
    if x in CACHE:
        return CACHE[x]
    r = af.lm_call([{"role": "user", "content": x}], model="m")
    CACHE[x] = r
    return r


def main(items: list[str]):
    return [cached(x) for x in items]
