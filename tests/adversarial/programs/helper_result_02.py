"""A memoising helper keeps its cache in module state fetched by another helper."""

import autoform as af

CAUSE = 2
ARGS = ("ants",)
_CACHE = {}


def get_cache():
    return _CACHE


def cached_ask(q):
    cache = get_cache()
    if q not in cache:
        cache[q] = af.lm_call([{"role": "user", "content": q}], model="m")
    return cache[q]


def main(topic: str):
    a = cached_ask(topic)
    b = cached_ask(topic)
    return [a, b]
