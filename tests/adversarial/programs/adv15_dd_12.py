"""A ChainMap of overrides over a defaultdict of defaults, kept in a namespace inside a dict:
reading a missing key through the chain inserts into the defaults."""

import collections
import types

import autoform as af

CAUSE = "defaultdict read inserts"
DEFAULTS = collections.defaultdict(int)
ARGS = (
    ["owls", "cats", "dogs"],
    {"env": types.SimpleNamespace(vars=collections.ChainMap({}, DEFAULTS))},
)


def main(items: list, ctx: dict):
    env = ctx["env"].vars
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(DEFAULTS)}"}], model="m")
        out.append(env[r])
    return out
