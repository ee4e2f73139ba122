"""Grouping with a defaultdict: reading `groups[label]` inserts the label, and the next
prompt lists the known groups."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    groups = collections.defaultdict(list)
    sizes = []
    for t in items:
        label = af.lm_call(
            [{"role": "user", "content": f"classify {t}; known: {', '.join(groups)}"}], model="m"
        )
        sizes.append(len(groups[label[-6:]]))
    return sizes, dict(groups)
