"""A class kept in a dict of registries (passed in): its table is a defaultdict."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"


class Registry:
    table = collections.defaultdict(list)


ARGS = (["owls", "cats", "dogs"], {"main": Registry})


def main(items: list, registries: dict):
    reg = registries["main"]
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(reg.table)}"}], model="m")
        out.append(len(registries["main"].table[r]))
    return out
