"""A helper makes a call then sets a ContextVar; main reads it after both helpers ran concurrently."""

import contextvars

import autoform as af

CAUSE = 'contextvar set in helper'
ARGS = ("owls", "cats")


VAR = contextvars.ContextVar("adv18_cv_01", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    VAR.set(t)
    return r


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, VAR.get()
