"""Sync primitive in a fanned helper reads a ContextVar set per item."""

import autoform as af

CAUSE = "context var per item in fan-out with primitive"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import contextvars

TAG = contextvars.ContextVar("tag", default="-")


@af.primitive
def tagged(r):
    return r + TAG.get()


def one(x):
    r = ask(x)
    return tagged(r)


def main(items):
    TAG.set("#")
    return [one(x) for x in items]
