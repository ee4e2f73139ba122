"""Replies grouped by first letter with setdefault(...).append in a loop."""

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "oaks", "cats", "orcs", "cows"],)


def main(topics: list):
    groups = {}
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        groups.setdefault(t[0], []).append(r)
    return groups
