"""A defaultdict held in a namespace's attribute (`NS.index[k]`), read in a loop. (From a review of this stop's change.)"""

import collections
import types

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs", "ants"],)
NS = types.SimpleNamespace(index=collections.defaultdict(list))


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(len(NS.index[r]) + len(NS.index))
    return out
