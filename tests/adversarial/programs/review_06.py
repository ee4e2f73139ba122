"""A defaultdict bound by an annotated assignment in the function, read in a loop. (From a review of this stop's change.)"""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "owls", "ants"],)


def main(items: list):
    groups: dict = collections.defaultdict(list)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((len(groups[r]), len(groups)))
    return out
