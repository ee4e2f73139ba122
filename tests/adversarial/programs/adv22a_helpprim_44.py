"""A helper sets VAR through an alias after its LM call; a primitive reading VAR comes after."""

import contextvars

import autoform as af

CAUSE = "primitive reader started before an aliased writer helper ended"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_helpprim_44", default="unset")
put = VAR.set


@af.primitive
def look(x):
    return x + ":" + VAR.get()


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    put(t)
    return r


def main(a: str, b: str):
    ra = ask(a)
    q = look(b)
    return ra, q, VAR.get()
