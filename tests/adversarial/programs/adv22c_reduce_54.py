"""functools.reduce over replies collected in a comprehension."""

import autoform as af

CAUSE = "reduce over results"
ARGS = (["owls", "cats", "dogs", "emus"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import functools


def main(items):
    rs = [ask(x) for x in items]
    return functools.reduce(lambda a, b: a + b[3], rs, "")
