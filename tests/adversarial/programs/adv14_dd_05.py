"""A defaultdict a library call returns (a deep copy), read at a reply's key between two
calls: the second prompt quotes its size."""

import collections
import copy

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = ("owls",)
TEMPLATE = collections.defaultdict(list)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    index = copy.deepcopy(TEMPLATE)
    a = ask(topic)
    n = len(index[a])
    b = ask(f"{topic} after {len(index)} keys")
    return [a, n, b]
