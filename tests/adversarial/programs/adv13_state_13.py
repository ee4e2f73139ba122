"""Straight-line: the first reply's label is looked up in a defaultdict (which inserts it);
the second prompt quotes how many labels are known."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = ("owls",)


def main(topic: str):
    tags = collections.defaultdict(set)
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    first = tags[a[:4]]
    b = af.lm_call([{"role": "user", "content": f"{topic}: {len(tags)} tags"}], model="m")
    return a, sorted(first), b
