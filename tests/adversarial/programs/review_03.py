"""A `__getitem__` reading a module defaultdict's item, used in a loop. (From a review of this stop's change.)"""

import collections

import autoform as af

CAUSE = "defaultdict read in a dunder"
ARGS = (["owls", "cats", "dogs", "ants"],)
SEEN = collections.defaultdict(list)


class Index:
    def __getitem__(self, k):
        return SEEN[k]


IDX = Index()


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(len(IDX[r]) + len(SEEN))
    return out
