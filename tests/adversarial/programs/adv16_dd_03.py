"""A defaultdict reached through a property of an argument object (documented limit is a
property; here the property is a plain attribute alias set later by a method)."""

import collections

import autoform as af

CAUSE = "defaultdict via method-set attribute"


class Stats:
    def __init__(self):
        self.table = {}

    def reset(self):
        self.table = collections.defaultdict(list)


ARGS = (["owls", "cats", "dogs"], Stats())


def main(items: list, stats):
    stats.reset()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(stats.table)}"}], model="m")
        out.append(len(stats.table[r]))
    return out
