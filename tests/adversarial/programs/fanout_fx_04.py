"""A dict comprehension calls a helper that records each key it handles."""

import autoform as af

CAUSE = 3
ARGS = (["north", "south", "east", "west"],)
LOG = []


def describe(k):
    r = af.lm_call([{"role": "user", "content": k}], model="m")
    LOG.append(k)
    return r


def main(keys: list):
    return {k: describe(k) for k in keys}
