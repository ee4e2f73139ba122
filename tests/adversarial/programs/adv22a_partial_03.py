"""A helper sets a ContextVar through functools.partial; a later helper reads it."""

import contextvars
import functools

import autoform as af

CAUSE = "writer called through functools.partial"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_partial_03", default="unset")
mark = functools.partial(VAR.set, "marked")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    mark()
    return r


def peek(t):
    return af.lm_call([{"role": "user", "content": t + VAR.get()}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = peek(b)
    return ra, rb, VAR.get()
