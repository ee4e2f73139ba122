"""main sets VAR and hands the token to a sync primitive that resets it."""

import contextvars

import autoform as af

CAUSE = "token of main context reset in a thread"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_resetprim_34", default="unset")


@af.primitive
def undo(tok, x):
    VAR.reset(tok)
    return x


def main(a: str, b: str):
    tok = VAR.set(a)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    p = undo(tok, ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return p, rb, VAR.get()
