"""A helper of a helper logs a bad record; called in a loop."""

import logging

import autoform as af

CAUSE = "bad record helper of helper"
ARGS = (["owls", "cats"],)


def note(r):
    logging.warning("reply %d", r)


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    note(r)
    return r


def main(items):
    out = []
    for t in items:
        out.append(ask(t))
    return out
