"""A helper sets VAR through a local alias; main's next prompt reads VAR."""

import contextvars

import autoform as af

CAUSE = "local alias hides the writer: helper taken as pure"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_localalias_60", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    s = VAR.set
    s(t)
    return r


def main(a: str, b: str):
    ra = ask(a)
    rb = af.lm_call([{"role": "user", "content": b + "|" + VAR.get()}], model="m")
    return ra, rb, VAR.get()
