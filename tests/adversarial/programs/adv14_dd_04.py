"""A defaultdict kept in a class attribute of a class in this module: read per reply."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)


class Registry:
    table = collections.defaultdict(list)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(Registry.table)}"}], model="m")
        out.append(len(Registry.table[r]))
    return out
