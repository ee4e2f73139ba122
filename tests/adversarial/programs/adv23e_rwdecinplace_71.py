"""A __format__ mutates the shared decimal context in place (prec); sibling divides."""

import contextvars

import autoform as af

CAUSE = "in-place decimal context mutation in dunder"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_rwdecinplace_71", default="unset")
_CFG = {"var": VAR}


import decimal


class Prec:
    def __init__(self, n):
        self.n = n

    def __format__(self, spec):
        q = decimal.Decimal(2) / decimal.Decimal(3)
        decimal.getcontext().prec = self.n
        return str(q)


def ask(t, n):
    return af.lm_call([{"role": "user", "content": f"{t}{Prec(n)}"}], model="m")


def main(a: str, b: str):
    decimal.setcontext(decimal.Context(prec=28))
    ra = ask(a, 3)
    rb = ask(b, 5)
    return ra, rb, str(decimal.Decimal(1) / decimal.Decimal(7))
