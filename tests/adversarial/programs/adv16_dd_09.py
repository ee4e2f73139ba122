"""A module-level object (not a parameter) whose attribute a helper swaps for a
defaultdict before the loop."""

import collections

import autoform as af

CAUSE = "module object attribute swapped to defaultdict"
ARGS = (["owls", "cats", "dogs"],)


class Box:
    pass


STORE = Box()
STORE.index = {}


def reset():
    STORE.index = collections.defaultdict(list)


def main(items: list):
    reset()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(STORE.index)}"}], model="m")
        out.append(len(STORE.index[r]))
    return out
