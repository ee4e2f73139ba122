"""A helper with an LM call uses next() on a parameter iterator, with a default."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def first_or(it, fallback):
    a = af.lm_call([{"role": "user", "content": fallback}], model="m")
    return next(it, a)


def main(topics: list[str]):
    it = iter(topics)
    x = first_or(it, "one")
    y = first_or(it, "two")
    return [x, y]
