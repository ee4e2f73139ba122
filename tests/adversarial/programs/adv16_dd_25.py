"""A registry class passed as an argument; main resets its class-level table to a
defaultdict before the loop, which reads reply keys of Registry.table."""

import collections

import autoform as af

CAUSE = "class argument attribute set to defaultdict"


class Registry:
    table = {}


ARGS = (["owls", "cats", "dogs"], Registry)


def main(items: list, registry):
    registry.table = collections.defaultdict(int)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(registry.table)}"}], model="m")
        out.append(registry.table[r])
    return out
