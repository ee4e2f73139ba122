"""A module-level itertools.count hands out ids after each reply arrives."""

import itertools

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "cats", "dogs", "bees"],)
IDS = itertools.count(1)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((next(IDS), r))
    return out
