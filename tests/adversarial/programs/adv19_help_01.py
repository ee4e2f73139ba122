"""functools.lru_cache on the asking helper; a repeated topic is a cache hit (one request)."""

import functools

import autoform as af

CAUSE = "lru_cache helper repeated"
ARGS = (["owls", "cats", "owls"],)


@functools.lru_cache(maxsize=None)
def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items: list):
    out = [ask(t) for t in items]
    return out, ask.cache_info().hits
