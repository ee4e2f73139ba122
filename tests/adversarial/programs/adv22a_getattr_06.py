"""A helper sets a ContextVar through getattr(VAR, 'set'); a later helper reads it."""

import contextvars

import autoform as af

CAUSE = "writer hidden behind getattr"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_getattr_06", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    getattr(VAR, "set")(t)
    return r


def peek(t):
    return af.lm_call([{"role": "user", "content": t + VAR.get()}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = peek(b)
    return ra, rb, VAR.get()
