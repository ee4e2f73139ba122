"""'{0[key]}'.format(table) with a defaultdict table: indexing inside a format field
inserts the key."""

import collections

import autoform as af

CAUSE = "format field index inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    table = collections.defaultdict(int)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} n={len(table)}"}], model="m")
        out.append(("{0[" + r[3:7] + "]}").format(table))
    return out
