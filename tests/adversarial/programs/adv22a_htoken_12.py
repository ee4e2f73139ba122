"""A helper returns the token of its set (through an alias); main resets with it."""

import contextvars

import autoform as af

CAUSE = "token made in a helper task context"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_htoken_12", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    s = VAR.set
    return r, s(t)


def main(a: str, b: str):
    ra, tok = ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    seen = VAR.get()
    VAR.reset(tok)
    return ra, rb, seen, VAR.get()
