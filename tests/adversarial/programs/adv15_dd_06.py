"""A read-only view (MappingProxyType) of a defaultdict: reading a missing key through the
view still inserts into the defaultdict behind it."""

import collections
import types

import autoform as af

CAUSE = "defaultdict read inserts"
_BACKING = collections.defaultdict(list)
ARGS = (["owls", "cats", "dogs"], types.MappingProxyType(_BACKING))


def main(items: list, view):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(view)}"}], model="m")
        out.append(len(view[r]))
    return out
