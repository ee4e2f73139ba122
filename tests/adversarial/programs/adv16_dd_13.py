"""A user iterator class (not a container) given as argument, yielding pairs with a shared
defaultdict; also the items list is a list of the iterator's output made in main."""

import collections

import autoform as af

CAUSE = "defaultdict from iterator class"


class Reader:
    def __init__(self, names):
        self.names = list(names)
        self._table = collections.defaultdict(int)

    def __iter__(self):
        return iter([(n, self._table) for n in self.names])


ARGS = (Reader(["owls", "cats", "dogs"]),)


def main(reader):
    rows = list(reader)
    out = []
    for name, table in rows:
        r = af.lm_call([{"role": "user", "content": f"{name} / {len(table)}"}], model="m")
        out.append(table[r])
    return out
