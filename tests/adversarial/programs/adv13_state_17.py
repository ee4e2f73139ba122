"""A user dict subclass whose __missing__ stores a default: lookups by reply register it;
the prompts count registered replies."""

import autoform as af

CAUSE = "user __missing__ inserts"
ARGS = (["owls", "cats", "dogs"],)


class Registry(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]


REG = Registry()


def main(items: list):
    ids = [
        REG[af.lm_call([{"role": "user", "content": f"{t} ({len(REG)})"}], model="m")]
        for t in items
    ]
    return ids
