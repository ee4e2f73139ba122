"""A __bool__ reads and sets VAR; each helper tests it before its call."""

import contextvars

import autoform as af

CAUSE = "dunder __bool__ context write"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwbool_70", default="unset")
_CFG = {"var": VAR}


class Flag:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        seen = VAR.get()
        VAR.set(self.t)
        return seen == "unset"


def ask(t):
    p = t + "!" if Flag(t) else t
    return af.lm_call([{"role": "user", "content": p}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = ask(b)
    return ra, rb, VAR.get()
