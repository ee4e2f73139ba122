"""A primitive inside `with decimal.localcontext()` and one after it."""

import decimal

import autoform as af

CAUSE = "call after a localcontext block started inside it"
ARGS = ("1", "7")


@af.primitive
def div(x, y):
    return str(decimal.Decimal(x) / decimal.Decimal(y))


def main(a: str, b: str):
    with decimal.localcontext() as c:
        c.prec = 3
        p = div(a, b)
    q = div(a, b)
    return p, q
