"""The argument dict is filled (update) with a defaultdict value by a helper; the loop
reads reply keys through a local alias taken after."""

import collections

import autoform as af

CAUSE = "alias after update installs defaultdict"
ARGS = (["owls", "cats", "dogs"], {})


def setup(reg):
    reg.update(groups=collections.defaultdict(list))


def main(items: list, registry: dict):
    setup(registry)
    groups = registry["groups"]
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(groups)}"}], model="m")
        out.append(len(groups[r]))
    return out
