"""A helper sets VAR in an object's __format__; a later helper reads VAR into its prompt."""

import contextvars

import autoform as af

CAUSE = "hidden writer (dunder) not ordered before concurrent reader"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtread_25", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    r = af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")
    return r


def peek(t):
    return af.lm_call([{"role": "user", "content": t + VAR.get()}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = peek(b)
    return ra, rb, VAR.get()
