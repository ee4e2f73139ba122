"""A sync primitive divides Decimals after main set the decimal precision."""

import decimal

import autoform as af

CAUSE = "decimal context in a primitive thread"
ARGS = ("1", "7")


@af.primitive
def div(x, y):
    return str(decimal.Decimal(x) / decimal.Decimal(y))


def main(a: str, b: str):
    decimal.getcontext().prec = 5
    p = div(a, b)
    q = div(b, a)
    return p, q
