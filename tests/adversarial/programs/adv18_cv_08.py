"""A sync primitive divides Decimals after main lowered the precision with setcontext."""

import decimal

import autoform as af

CAUSE = 'decimal primitive'
ARGS = ("owls", "cats")


@af.primitive
def third(x):
    return x + str(decimal.Decimal(1) / decimal.Decimal(3))


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    decimal.setcontext(decimal.Context(prec=2))
    rb = third(b)
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
