"""A __format__ sets a decimal context with setcontext; the next call's __format__ divides with it."""

import contextvars

import autoform as af

CAUSE = "dunder decimal.setcontext not carried to concurrent sibling"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwdec_64", default="unset")
_CFG = {"var": VAR}


import decimal


class Prec:
    def __init__(self, n):
        self.n = n

    def __format__(self, spec):
        q = decimal.Decimal(2) / decimal.Decimal(3)
        decimal.setcontext(decimal.Context(prec=self.n))
        return str(q)


def ask(t, n):
    return af.lm_call([{"role": "user", "content": f"{t}{Prec(n)}"}], model="m")


def main(a: str, b: str):
    decimal.setcontext(decimal.Context(prec=28))
    ra = ask(a, 3)
    rb = ask(b, 5)
    return ra, rb, str(decimal.Decimal(1) / decimal.Decimal(7))
