"""lru_cache helper: repeated prompts must reuse the cached reply, not re-request."""

import functools

import autoform as af

CAUSE = "lru_cache hit vs concurrent duplicate requests"
ARGS = (["owls", "cats", "owls", "cats"],)


@functools.lru_cache(maxsize=None)
def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = [ask(x) for x in items]
    info = ask.cache_info()
    return out, info.hits, info.misses
