"""Helpers read VAR then set it through a module alias, both after their LM calls."""

import contextvars

import autoform as af

CAUSE = "read after the LM call in a task copied before an earlier writer ended"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_aliasread_56", default="unset")
put = VAR.set


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    old = VAR.get()
    put(t)
    return r, old


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, VAR.get()
