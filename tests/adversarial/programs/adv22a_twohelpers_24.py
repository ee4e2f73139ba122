"""Two helpers, each setting VAR through an alias after the LM call: the second's value wins."""

import contextvars

import autoform as af

CAUSE = "join order of effectful helpers"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_twohelpers_24", default="unset")
put = VAR.set


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    put(t)
    return r


def main(a: str, b: str):
    rb = ask(b)
    ra = ask(a)
    return ra, rb, VAR.get()
