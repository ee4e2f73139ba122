"""itertools.takewhile over a lazy map of asks: stops at the first reply with dogs."""

import itertools

import autoform as af

CAUSE = "lazy"
ARGS = (["owls", "cats", "dogs", "bees"],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    return list(itertools.takewhile(lambda r: "dogs" not in r, map(ask, topics)))
