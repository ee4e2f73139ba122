"""Counter of a genexp with an item raising StopIteration, in try."""

import collections

import autoform as af

CAUSE = "StopIteration in genexp item"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def first(r):
    if "cats" in r:
        return next(iter([]))
    return r[0]


def main(items):
    try:
        out = collections.Counter(first(ask(t)) for t in items)
    except RuntimeError as e:
        print("caught", type(e).__name__, e)
        out = None
    return dict(out) if out else out
