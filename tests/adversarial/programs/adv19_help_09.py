"""Recursive helper: summarize halves, then combine."""

import autoform as af

CAUSE = "recursive split"
ARGS = (["owls", "cats", "dogs", "emus", "ants"],)


def summ(xs):
    if len(xs) == 1:
        return af.lm_call([{"role": "user", "content": xs[0]}], model="m")
    mid = len(xs) // 2
    left = summ(xs[:mid])
    right = summ(xs[mid:])
    return af.lm_call([{"role": "user", "content": left + right}], model="m")


def main(items: list):
    return summ(items)
