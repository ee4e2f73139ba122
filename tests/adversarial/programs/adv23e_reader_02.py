"""A helper sets VAR through a dict; a later helper reads VAR in its prompt."""

import contextvars

import autoform as af

CAUSE = "hidden writer not ordered before reader"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_reader_02", default="unset")
_CFG = {"var": VAR}


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    _CFG["var"].set(t)
    return r


def peek(t):
    return af.lm_call([{"role": "user", "content": t + VAR.get()}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = peek(b)
    return ra, rb, VAR.get()
