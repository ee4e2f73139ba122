"""A defaultdict as a parameter's default value (the classic shared default)."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list, index=collections.defaultdict(list)):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(index)}"}], model="m")
        out.append(len(index[r]))
    return out
