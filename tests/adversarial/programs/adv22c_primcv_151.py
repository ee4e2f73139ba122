"""Sync primitive sets a ContextVar that main reads afterwards."""

import autoform as af

CAUSE = "context set in worker thread not carried back"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import contextvars

USER = contextvars.ContextVar("user", default="anon")


@af.primitive
def login(name):
    USER.set(name)
    return name.upper()


def main(a, b):
    ra = ask(a)
    who = login(a)
    rb = ask(b + USER.get())
    return ra, who, rb
