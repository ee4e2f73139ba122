"""decimal's precision is changed by the function between two calls; a helper formats a
Decimal quotient into the second prompt."""

import decimal

import autoform as af

CAUSE = 1
ARGS = ()


def ratio():
    return str(decimal.Decimal(1) / decimal.Decimal(7))


def main():
    a = af.lm_call([{"role": "user", "content": ratio()}], model="m")
    decimal.getcontext().prec = 5
    b = af.lm_call([{"role": "user", "content": ratio()}], model="m")
    decimal.getcontext().prec = 28
    return [a, b]
