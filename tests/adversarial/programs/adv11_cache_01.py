"""functools.lru_cache on a helper that asks; the batch repeats a topic."""

import functools

import autoform as af

CAUSE = "cache"
ARGS = (["owls", "cats", "owls", "dogs", "cats"],)


@functools.lru_cache(maxsize=None)
def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    ask.cache_clear()
    return [ask(t) for t in topics]
