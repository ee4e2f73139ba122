"""An instance whose class attribute is a defaultdict (a cache shared by all stores): the
instance's own dict is empty; the loop reads reply keys through the instance."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"


class Store:
    cache = collections.defaultdict(int)

    def __init__(self):
        pass


ARGS = (["owls", "cats", "dogs"], Store())


def main(items: list, store):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(store.cache)}"}], model="m")
        out.append(store.cache[r])
    return out
