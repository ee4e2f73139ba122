"""The index is an item of the loop's own items (a pair of name and shared table)."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
TABLE = collections.defaultdict(list)
ARGS = ([("owls", TABLE), ("cats", TABLE), ("dogs", TABLE)],)


def main(pairs: list):
    out = []
    for name, table in pairs:
        r = af.lm_call([{"role": "user", "content": f"{name} / {len(table)}"}], model="m")
        out.append(len(table[r]))
    return out
