"""A store made in the function whose class attribute (shared cache) is a defaultdict."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)


class Store:
    cache = collections.defaultdict(int)

    def __init__(self):
        self.name = "s"


def main(items: list):
    store = Store()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(store.cache)}"}], model="m")
        out.append(store.cache[r])
    return out
