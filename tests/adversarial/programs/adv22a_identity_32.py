"""Two helpers set VAR through an alias; the second sets it back to what main set."""

import contextvars

import autoform as af

CAUSE = "carry skips a value identical to the base value"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_identity_32", default="unset")
put = VAR.set


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    put(t)
    return r


def main(a: str, b: str):
    VAR.set(a)
    rb = ask(b)
    ra = ask(a)
    return ra, rb, VAR.get()
