"""A while loop draining a queue; each reply's key is read from a defaultdict."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    queue = list(items)
    seen = collections.defaultdict(int)
    out = []
    while queue:
        t = queue.pop(0)
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(seen)}"}], model="m")
        out.append(seen[r])
    return out
