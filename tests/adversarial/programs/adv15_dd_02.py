"""A slotted index object holding a defaultdict, passed in; the loop reads reply keys."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"


class Index:
    __slots__ = ("groups", "name")

    def __init__(self, name):
        self.name = name
        self.groups = collections.defaultdict(list)


ARGS = (["owls", "cats", "dogs"], Index("main"))


def main(items: list, index):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(index.groups)}"}], model="m")
        out.append(len(index.groups[r]))
    return out
