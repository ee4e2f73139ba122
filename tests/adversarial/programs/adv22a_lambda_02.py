"""A helper sets a ContextVar through a module-level lambda; a later helper reads it."""

import contextvars

import autoform as af

CAUSE = "writer called through a lambda"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_lambda_02", default="unset")
put = lambda x: VAR.set(x)  # noqa: E731


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    put(t)
    return r


def peek(t):
    return af.lm_call([{"role": "user", "content": t + VAR.get()}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = peek(b)
    return ra, rb, VAR.get()
