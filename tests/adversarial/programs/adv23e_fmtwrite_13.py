"""A helper formats an object whose __format__ sets VAR; a later helper reads VAR."""

import contextvars

import autoform as af

CAUSE = "writer hidden in __format__"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_fmtwrite_13", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return f"{r}{Tag(t)}"


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, VAR.get()
