"""A helper sets VAR through list(map(VAR.set, ...)); main sets VAR after it, before using its result."""

import contextvars

import autoform as af

CAUSE = "writer passed to map looks pure: late join overwrites main"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_order_78", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    list(map(VAR.set, [t]))
    return r


def main(a: str, b: str):
    ra = ask(a)
    VAR.set(b)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, VAR.get()
