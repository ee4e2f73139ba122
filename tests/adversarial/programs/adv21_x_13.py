"""itertools.chain over two lists of calls, plus list of chain of genexp."""

import itertools

import autoform as af

CAUSE = "chain over calls"
ARGS = (["owls", "cats"], ["dogs"])


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    xs = list(itertools.chain([ask(t) for t in a], [ask(t) for t in b]))
    ys = list(itertools.chain.from_iterable([ask(t), ask(t + "2")] for t in a))
    return xs, ys
