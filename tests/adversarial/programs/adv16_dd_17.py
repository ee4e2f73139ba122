"""A list-of-dicts argument whose first slot main replaces by a defaultdict (loaded
'schema'); each item reads reply keys of rows[0]."""

import collections

import autoform as af

CAUSE = "defaultdict into argument list slot"
ARGS = (["owls", "cats", "dogs"], [{}, {}])


def main(items: list, rows: list):
    rows[0] = collections.defaultdict(lambda: "?")
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} keys={len(rows[0])}"}], model="m")
        out.append(rows[0][r])
    return out
