"""Nested loops: each group's inner loop reads a per-run defaultdict kept in a dict of
counters made by a helper, keyed by the group name."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = ({"a": ["owls", "cats"], "b": ["dogs"]},)


def counters(names):
    return {n: collections.defaultdict(int) for n in names}


def main(groups: dict):
    stats = counters(groups)
    total = stats["a"]
    out = []
    for g, ts in groups.items():
        for t in ts:
            r = af.lm_call([{"role": "user", "content": f"{g}{t} / {len(total)}"}], model="m")
            out.append(stats["a"][r])
    return out
