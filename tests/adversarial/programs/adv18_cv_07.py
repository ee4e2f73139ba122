"""A helper sets the decimal precision in place (getcontext().prec) after its call; main divides."""

import decimal

import autoform as af

CAUSE = 'decimal prec in helper'
ARGS = ("owls", "cats")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    decimal.getcontext().prec = 4
    return r


def main(a: str, b: str):
    ra = ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, str(decimal.Decimal(1) / decimal.Decimal(7))
