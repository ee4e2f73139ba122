"""A helper takes a ticket from a module itertools.count; the call before it fails."""

import itertools

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

TICKETS = itertools.count()
TAKEN = []


def ticket(x):
    t = next(TICKETS)
    TAKEN.append(t)
    return t


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = ticket(q)
    return a + str(n)
