"""Chained assignment `first[k] = second[key(t)] = ask(t)`: targets are assigned left to
right after the value; `first` is a tuple, so its store raises TypeError before key()
runs; caught per item."""

import autoform as af

CAUSE = "chained assignment targets order"
ARGS = (["owls", "cats"],)


def key(t):
    print("key", t)
    return t


def main(items: list):
    first = ("frozen",)
    second = {}
    errs = []
    for t in items:
        try:
            first[0] = second[key(t)] = af.lm_call([{"role": "user", "content": t}], model="m")
        except TypeError as exc:
            errs.append(str(exc))
    return second, errs
