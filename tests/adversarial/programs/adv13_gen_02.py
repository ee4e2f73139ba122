"""itertools.islice over a generator of replies: only the first two are needed."""

import itertools

import autoform as af

CAUSE = "islice generator of calls"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(items: list):
    gen = (af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
    first_two = list(itertools.islice(gen, 2))
    rest_first = next(gen)
    return first_two, rest_first
