"""functools.reduce with a helper making LM calls."""

import functools

import autoform as af

CAUSE = "reduce over calls"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def comb(acc, t):
    return acc + ask(acc[-3:] + t)


def main(items):
    return functools.reduce(comb, items, "")
