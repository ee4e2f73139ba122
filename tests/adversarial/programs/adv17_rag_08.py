"""An lru_cache'd helper makes the LM call; its cache_info is read between items."""

import functools

import autoform as af

CAUSE = "lru_cache helper"
ARGS = (["owls", "cats", "owls", "dogs"],)


@functools.lru_cache(maxsize=2)
def describe(t):
    return af.lm_call([{"role": "user", "content": f"describe {t}"}], model="m")


def main(items: list):
    out = []
    for t in items:
        d = describe(t)
        info = describe.cache_info()
        out.append((d, info.hits, info.misses, info.currsize))
    return out
