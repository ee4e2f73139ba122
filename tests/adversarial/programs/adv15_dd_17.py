"""A plugin module object (made with types.ModuleType) in a list; its INDEX is a defaultdict."""

import collections
import types

import autoform as af

CAUSE = "defaultdict read inserts"
PLUGIN = types.ModuleType("plugin")
PLUGIN.INDEX = collections.defaultdict(list)
ARGS = (["owls", "cats", "dogs"], [PLUGIN])


def main(items: list, plugins: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(plugins[0].INDEX)}"}], model="m")
        out.append(len(plugins[0].INDEX[r]))
    return out
