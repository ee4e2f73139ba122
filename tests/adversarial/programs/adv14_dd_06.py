"""A class attribute holding a defaultdict, read at a reply's key between two calls."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = ("owls",)


class Cache:
    seen = collections.defaultdict(int)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    Cache.seen[a]
    b = ask(f"{topic} after {len(Cache.seen)} keys")
    return [a, b]
