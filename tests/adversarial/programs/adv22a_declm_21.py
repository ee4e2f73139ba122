"""LM calls inside `with decimal.localcontext()`; main computes with Decimals around them."""

import decimal

import autoform as af

CAUSE = "lm_call in localcontext"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    with decimal.localcontext() as c:
        c.prec = 3
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        x = decimal.Decimal(1) / decimal.Decimal(7)
    rb = af.lm_call([{"role": "user", "content": b + str(decimal.Decimal(1) / decimal.Decimal(7))}], model="m")
    return ra, rb, str(x)
