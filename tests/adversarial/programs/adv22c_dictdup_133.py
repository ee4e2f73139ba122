"""Collect into a dict keyed by first letter: later duplicates overwrite values."""

import autoform as af

CAUSE = "duplicate keys collected out of order"
ARGS = (["cats", "owls", "cows", "ants", "crows"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    res = {}
    for x in items:
        res[x[0]] = ask(x)
    return res, list(res)
