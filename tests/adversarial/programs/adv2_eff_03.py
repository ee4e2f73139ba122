"""The memo helper in a for loop that appends: one request per distinct item."""

import autoform as af

CAUSE = 2
ARGS = (["a", "b", "a", "c", "b"],)
CACHE = {}


def cached(x):
    if x not in CACHE:
        CACHE[x] = af.lm_call([{"role": "user", "content": x}], model="m")
    return CACHE[x]


def main(items: list[str]):
    out = []
    for x in items:
        out.append(cached(x))
    return out
