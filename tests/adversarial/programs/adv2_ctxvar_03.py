"""A helper sets a ContextVar and makes a call; the caller reads the var after it."""

import contextvars

import autoform as af

CAUSE = 9
ARGS = ("t",)
LAST = contextvars.ContextVar("last", default="none")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    LAST.set(r)
    return r


def main(t: str):
    a = ask("a " + t)
    b = ask("b " + t)
    return [a, b, LAST.get()]
