"""Genexp items calling a generator helper that prints and fails, in try; sum."""

import autoform as af

CAUSE = "sum of lens in try"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["dogs"]


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("got", r)
    return r


def main(items):
    total = 0
    try:
        total = sum(len(ask(t)) for t in items)
    except RuntimeError:
        print("failed with total", total)
    return total
