"""explicit __getitem__ inserts: a local defaultdict is read at a reply-derived key through table.__getitem__; the prompts quote
its size, read into an int first."""

import collections

import autoform as af

CAUSE = "explicit __getitem__ inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    table = collections.defaultdict(str)
    out = []
    for t in items:
        n = len(table)
        r = af.lm_call([{"role": "user", "content": f"{t} keys={n}"}], model="m")
        key = r[3:7]
        out.append(table.__getitem__(key))
    return out, sorted(table)
