"""operator.itemgetter applied to a defaultdict per reply: the getter's read inserts."""

import collections
import operator

import autoform as af

CAUSE = "itemgetter inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    counts = collections.defaultdict(int)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} keys={len(counts)}"}], model="m")
        out.append(operator.itemgetter(r)(counts))
    return out
