"""lru_cache(maxsize=1) helper used before and after each call: hits depend on order."""

import autoform as af

CAUSE = "lru_cache eviction order"
ARGS = (["a", "a", "a"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import functools


@functools.lru_cache(maxsize=1)
def norm(s):
    return s.strip().lower()


def main(items):
    out = []
    for x in items:
        r = ask(norm(x))
        out.append(norm(r))
    info = norm.cache_info()
    return out, info.hits, info.misses
