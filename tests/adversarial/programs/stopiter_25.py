"""next() on an islice of a count: finite, exhausted after three."""

import itertools

import autoform as af

CAUSE = "stop-iteration"
ARGS = ("owl",)


def main(topic: str):
    ids = itertools.islice(itertools.count(), 1)
    a = af.lm_call([{"role": "user", "content": topic + str(next(ids))}], model="m")
    try:
        b = next(ids)
    except StopIteration:
        b = -1
    return [a, b]
