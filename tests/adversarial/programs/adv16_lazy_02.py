"""itertools.takewhile over a lazy map of calls: it consumes (asks) the first reply that
fails the predicate, and nothing after it."""

import itertools

import autoform as af

CAUSE = "takewhile"
ARGS = (["owl", "cat", "longer topic here", "dog", "bee"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items: list):
    short = list(itertools.takewhile(lambda r: len(r) < 12, map(ask, items)))
    return short
