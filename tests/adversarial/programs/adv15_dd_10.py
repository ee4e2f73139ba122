"""A list subclass (a shelf) whose first item is a defaultdict."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"


class Shelf(list):
    pass


ARGS = (["owls", "cats", "dogs"], Shelf([collections.defaultdict(list)]))


def main(items: list, shelf):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(shelf[0])}"}], model="m")
        out.append(len(shelf[0][r]))
    return out
