"""In a loop, each reply goes through a helper that takes a ticket from a global counter."""

import itertools

import autoform as af

CAUSE = "pure-helper"
ARGS = (["a", "b", "c", "d"],)

TICKETS = itertools.count()


def record(x):
    return f"{next(TICKETS)}:{x}"


def main(items: list):
    out = []
    for it in items:
        out.append(record(af.lm_call([{"role": "user", "content": it}], model="m")))
    return out
