"""A sync helper resets VAR with main's token after its LM call (known writer: in place)."""

import contextvars

import autoform as af

CAUSE = "in-place helper resets a token of main context"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_resetdirect_85", default="unset")


def undo(t, tok):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    VAR.reset(tok)
    return r


def main(a: str, b: str):
    tok = VAR.set(a)
    ra = undo(a, tok)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, VAR.get()
