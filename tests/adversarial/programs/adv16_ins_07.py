"""sorted key getitem inserts: a local defaultdict is read at a reply-derived key through sorted(key=table.__getitem__); the prompts quote
its size, read into an int first."""

import collections

import autoform as af

CAUSE = "sorted key getitem inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    table = collections.defaultdict(str)
    out = []
    for t in items:
        n = len(table)
        r = af.lm_call([{"role": "user", "content": f"{t} keys={n}"}], model="m")
        key = r[3:7]
        out.append(sorted([key, "zz"], key=lambda k: table[k]))
    return out, sorted(table)
