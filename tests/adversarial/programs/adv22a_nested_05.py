"""A helper calls another plain function that sets a ContextVar; a later helper reads it."""

import contextvars

import autoform as af

CAUSE = "writer reached through a nested plain function"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_nested_05", default="unset")


def configure(x):
    VAR.set(x)


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    configure(t)
    return r


def peek(t):
    return af.lm_call([{"role": "user", "content": t + VAR.get()}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = peek(b)
    return ra, rb, VAR.get()
