"""A helper sets a ContextVar through a local alias of VAR.set after its LM call."""

import contextvars

import autoform as af

CAUSE = "writer called through an alias"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_alias_01", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    s = VAR.set
    s(t)
    return r


def peek(t):
    return af.lm_call([{"role": "user", "content": t + VAR.get()}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = peek(b)
    return ra, rb, VAR.get()
