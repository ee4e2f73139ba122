"""A named tuple of tables, one a defaultdict: the loop reads reply keys of it."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
Tables = collections.namedtuple("Tables", ["names", "counts"])
ARGS = (["owls", "cats", "dogs"], Tables({}, collections.defaultdict(int)))


def main(items: list, tables):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(tables.counts)}"}], model="m")
        out.append(tables.counts[r])
    return out
