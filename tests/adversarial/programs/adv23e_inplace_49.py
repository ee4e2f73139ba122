"""Hidden writer started, main itself sets VAR via known writer in a helper returning a value used later."""

import contextvars

import autoform as af

CAUSE = "carry at late join"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_inplace_49", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


def mark(t):
    VAR.set(t)
    return t


def main(a: str, b: str):
    ra = ask(a)
    m = mark(b + b)
    rb = ask(b)
    return rb, m, ra, VAR.get()
