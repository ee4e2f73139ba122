"""A defaultdict nested seven levels deep in the argument (past the entry check's six):
the loop reads reply keys of it."""

import collections

import autoform as af

CAUSE = "defaultdict deep"
DD = collections.defaultdict(int)
ARGS = (["owls", "cats", "dogs"], {"a": [{"b": [{"c": [{"d": DD}]}]}]})


def main(items: list, cfg: dict):
    table = cfg["a"][0]["b"][0]["c"][0]["d"]
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(table)}"}], model="m")
        out.append(table[r])
    return out
