"""islice of a generator of calls: only the first two may be requested."""

import autoform as af

CAUSE = "islice bound on lazy generator"
ARGS = (["owls", "cats", "dogs", "bats"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

import itertools


def main(items):
    return list(itertools.islice((ask(x) for x in items), 2))
