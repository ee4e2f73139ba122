"""A defaultdict a library call returns (a copy): the loop reads missing keys of it per
reply, and the prompts quote its size."""

import collections
import copy

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)
TEMPLATE = collections.defaultdict(list)


def main(items: list):
    index = copy.deepcopy(TEMPLATE)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(index)}"}], model="m")
        out.append(len(index[r]))
    return out, len(index)
