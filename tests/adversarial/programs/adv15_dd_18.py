"""A Counter subclass whose __missing__ records the key (a user class in this module)."""

import collections

import autoform as af

CAUSE = "missing inserts"


class Tally(collections.Counter):
    def __missing__(self, key):
        self[key] = 0
        return 0


def main(items: list):
    tally = Tally()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(tally)}"}], model="m")
        out.append(tally[r])
    return out


ARGS = (["owls", "cats", "dogs"],)
