"""A `__str__` reading a module defaultdict's item: the read inserts the key. (From a review of this stop's change.)"""

import collections

import autoform as af

CAUSE = "defaultdict read in a dunder"
ARGS = (["owls", "cats", "dogs", "ants"],)
SEEN = collections.defaultdict(int)


class Tag:
    def __init__(self, k):
        self.k = k

    def __str__(self):
        return f"{self.k}:{len(SEEN)}:{SEEN[self.k]}"


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(str(Tag(r)))
    return out
