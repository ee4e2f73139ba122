"""Hidden writer task, then a helper using decimal.localcontext, then join."""

import contextvars

import autoform as af

CAUSE = "carry vs helper calling a context manager"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_inplace_48", default="unset")
_CFG = {"var": VAR}


class Tag:
    def __init__(self, t):
        self.t = t

    def __format__(self, spec):
        _CFG["var"].set(self.t)
        return self.t


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{Tag(t)}"}], model="m")


import decimal


def third(t):
    with decimal.localcontext() as c:
        c.prec = 3
        return t + str(decimal.Decimal(1) / decimal.Decimal(3))


def main(a: str, b: str):
    ra = ask(a)
    s = third(b)
    rb = ask(b)
    return ra, s, rb, VAR.get()
