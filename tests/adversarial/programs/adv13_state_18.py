"""A defaultdict passed in as an argument: the helper reads it per reply (inserting), and
the prompts quote its size."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"], collections.defaultdict(list))


def bucket(index, key):
    return index[key]


def main(items: list, index):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(index)}"}], model="m")
        out.append(len(bucket(index, r)))
    return out, len(index)
