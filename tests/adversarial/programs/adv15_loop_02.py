"""The loop reads a class's table through getattr (a defaultdict)."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"], "table")


class Registry:
    table = collections.defaultdict(list)


def main(items: list, field: str):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(Registry.table)}"}], model="m")
        out.append(len(getattr(Registry, field)[r]))
    return out
