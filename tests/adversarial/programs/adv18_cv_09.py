"""A ContextVar token reset in main after a helper's set (contextvars.Token from another context)."""

import contextvars

import autoform as af

CAUSE = 'contextvar reset token'
ARGS = ("owls", "cats")


VAR = contextvars.ContextVar("adv18_cv_09", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, VAR.set(t)


def main(a: str, b: str):
    ra, tok = ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    try:
        VAR.reset(tok)
        msg = "reset"
    except ValueError as e:
        msg = str(e)
    return ra, rb, msg, VAR.get()
