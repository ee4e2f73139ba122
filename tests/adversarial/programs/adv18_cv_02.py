"""A helper calls then decimal.setcontext with a new precision; main divides afterwards."""

import decimal

import autoform as af

CAUSE = 'decimal setcontext in helper'
ARGS = ("owls", "cats")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    decimal.setcontext(decimal.Context(prec=3))
    return r


def main(a: str, b: str):
    ra = ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, str(decimal.Decimal(1) / decimal.Decimal(7))
