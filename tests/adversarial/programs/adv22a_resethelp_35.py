"""main sets VAR and hands the token to a helper that resets it through an alias."""

import contextvars

import autoform as af

CAUSE = "token of main context reset in a helper task"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_resethelp_35", default="unset")
undo = VAR.reset


def ask(t, tok):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    undo(tok)
    return r


def main(a: str, b: str):
    tok = VAR.set(a)
    ra = ask(a, tok)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, VAR.get()
