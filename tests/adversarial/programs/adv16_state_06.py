"""A registry object with a `get` method that counts lookups in a module dict; the loop
fans out replies through registry.get."""

import autoform as af

CAUSE = "user get method counts"
ARGS = (["owls", "cats", "dogs"],)
LOOKUPS = {}


class Registry:
    def __init__(self, table):
        self.table = table

    def get(self, key, default=None):
        LOOKUPS[key] = LOOKUPS.get(key, 0) + 1
        return self.table.get(key, default)


REG = Registry({"owls": "bird", "cats": "mammal"})


def main(items: list):
    out = {}
    for t in items:
        kind = REG.get(t, "unknown")
        out[t] = af.lm_call(
            [{"role": "user", "content": f"{t} is a {kind}; {len(LOOKUPS)}"}], model="m"
        )
    return out
