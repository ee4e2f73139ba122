"""A name read in a loop's rest, where the rest is a dict store with unbound key name."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], False)


def main(items: list, keyed: bool):
    if keyed:
        key = "k"
    table = {}
    for t in items:
        table[t] = af.lm_call([{"role": "user", "content": t}], model="m")
        print("stored", t, key)
    return table
