"""A primitive changes the decimal context precision (a context var inside decimal)."""

import decimal
import time

import autoform as af

CAUSE = "decimal.getcontext().prec set in one primitive, read by the next"
ARGS = ("owls", "cats")


@af.primitive
def fetch(t, d, prec):
    seen = str(decimal.Decimal(1) / decimal.Decimal(7))
    time.sleep(d)
    decimal.setcontext(decimal.Context(prec=prec))
    return t + "/" + seen


def main(a: str, b: str):
    ra = fetch(a, 0.02, 5)
    rb = fetch(b, 0.0, 8)
    return ra, rb, str(decimal.Decimal(1) / decimal.Decimal(7))
