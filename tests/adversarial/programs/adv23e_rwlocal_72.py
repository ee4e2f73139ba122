"""Helpers each use decimal.localcontext in a __format__; main divides after."""

import contextvars

import autoform as af

CAUSE = "localcontext in concurrent dunders"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwlocal_72", default="unset")
_CFG = {"var": VAR}


import decimal


class Prec:
    def __init__(self, n):
        self.n = n

    def __format__(self, spec):
        with decimal.localcontext() as c:
            c.prec = self.n
            return str(decimal.Decimal(2) / decimal.Decimal(3))


def ask(t, n):
    return af.lm_call([{"role": "user", "content": f"{t}{Prec(n)}"}], model="m")


def main(a: str, b: str):
    decimal.setcontext(decimal.Context(prec=28))
    ra = ask(a, 3)
    rb = ask(b, 5)
    return ra, rb, str(decimal.Decimal(1) / decimal.Decimal(7))
