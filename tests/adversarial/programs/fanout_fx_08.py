"""A helper that takes a ticket from a global iterator, in a comprehension."""

import itertools

import autoform as af

CAUSE = 3
ARGS = (["x", "y", "z"],)
TICKETS = itertools.count(100)


def ticketed(q):
    t = next(TICKETS)
    return af.lm_call([{"role": "user", "content": f"{t}:{q}"}], model="m")


def main(items: list):
    return [ticketed(q) for q in items]
