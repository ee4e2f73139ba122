"""A sync primitive installs a decimal context; main divides Decimals after it."""

import decimal

import autoform as af

CAUSE = "decimal context installed in a primitive thread"
ARGS = ("owls", "cats")


@af.primitive
def setup(x):
    decimal.setcontext(decimal.Context(prec=len(x)))
    return x


def main(a: str, b: str):
    p = setup(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return p, rb, str(decimal.Decimal(1) / decimal.Decimal(3))
