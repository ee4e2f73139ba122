"""A nested function (closure over a local defaultdict) reads the reply's key."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    index = collections.defaultdict(list)

    def bucket(k):
        return index[k]

    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(index)}"}], model="m")
        out.append(len(bucket(r)))
    return out
