"""A seeded random.Random at module level picks the temperature for each call; the order in
which items draw decides which gets which."""

import random

import autoform as af

CAUSE = "module rng order"
ARGS = (["owls", "cats", "dogs", "bees"],)
RNG = random.Random(13)


def ask(t):
    temp = round(RNG.random(), 3)
    return af.lm_call([{"role": "user", "content": t}], model="m", temperature=temp)


def main(items: list):
    first = [ask(t) for t in items]
    second = {t: ask(r) for t, r in zip(items, first)}
    return second
