"""Rows from map() over topics (an iterator argument) pairing each with one shared
defaultdict index."""

import collections

import autoform as af

CAUSE = "defaultdict inside map items"
_INDEX = collections.defaultdict(list)
ARGS = (map(lambda t: (t, _INDEX), ["owls", "cats", "dogs"]),)


def main(rows):
    out = []
    for t, index in rows:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(index)}"}], model="m")
        out.append(len(index[r]))
    return out
