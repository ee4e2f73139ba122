"""A memoising helper keyed on a normalised prompt in a module dict: repeated topics that
differ only in case must hit the cache, so the LM sees each topic once."""

import autoform as af

CAUSE = "module cache normalised"
ARGS = (["Owls", "cats", "OWLS", "Cats", "dogs"],)
CACHE = {}


def summarise(topic):
    key = topic.strip().lower()
    if key not in CACHE:
        CACHE[key] = af.lm_call([{"role": "user", "content": f"summarise {key}"}], model="m")
    return CACHE[key]


def main(items: list):
    return [summarise(t) for t in items], sorted(CACHE)
