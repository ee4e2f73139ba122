"""Replies grouped with a defaultdict(list) in a loop; then one summary call per group."""

import collections

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "oaks", "cats", "orcs", "cows"],)


def main(topics: list):
    groups = collections.defaultdict(list)
    for t in topics:
        groups[t[0]].append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return {
        k: af.lm_call([{"role": "user", "content": " ".join(v)}], model="m")
        for k, v in groups.items()
    }
