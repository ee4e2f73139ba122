"""A defaultdict read in a comprehension: the comprehension's items each read the number of
groups before the call and insert one after."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)
GROUPS = collections.defaultdict(int)


def main(items: list):
    labels = [
        GROUPS[af.lm_call([{"role": "user", "content": f"{t} of {len(GROUPS)}"}], model="m")]
        for t in items
    ]
    return labels, len(GROUPS)
