"""A helper mutates the decimal context passed to it; a later helper's prompt divides Decimals."""

import decimal

import autoform as af

CAUSE = "decimal arithmetic reads a context a concurrent helper mutates"
ARGS = ("owls", "cats")


def ask(t, ctx):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    ctx.prec = 3
    return r


def third(t):
    return af.lm_call([{"role": "user", "content": t + str(decimal.Decimal(1) / decimal.Decimal(3))}], model="m")


def main(a: str, b: str):
    ctx = decimal.getcontext()
    ra = ask(a, ctx)
    rb = third(b)
    return ra, rb
