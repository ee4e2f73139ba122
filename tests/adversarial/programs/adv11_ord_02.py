"""A seeded random.Random samples a temperature label after each reply."""

import random

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "cats", "dogs", "bees"],)
RNG = random.Random(7)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((r, round(RNG.random(), 3)))
    return out
