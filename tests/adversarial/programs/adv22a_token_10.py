"""A sync primitive returns the token of its set; main resets with it."""

import contextvars

import autoform as af

CAUSE = "token made in a primitive thread context then reset in main"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_token_10", default="unset")


@af.primitive
def mark(x):
    return VAR.set(x)


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    tok = mark(ra)
    seen = VAR.get()
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    VAR.reset(tok)
    return ra, rb, seen, VAR.get()
