"""A helper gets the ContextVar as a parameter, sets it after its LM call and returns the token."""

import contextvars

import autoform as af

CAUSE = "writer on a var passed as a parameter"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_param_54", default="unset")


def ask(t, var):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, var.set(t)


def main(a: str, b: str):
    ra, tok = ask(a, VAR)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    seen = VAR.get()
    VAR.reset(tok)
    return ra, rb, seen, VAR.get()
