"""A defaultdict built through functools.partial: the loop reads missing keys of it."""

import collections
import functools

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)
make = functools.partial(collections.defaultdict, list)


def main(items: list):
    index = make()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(index)}"}], model="m")
        out.append(len(index[r]))
    return out, len(index)
