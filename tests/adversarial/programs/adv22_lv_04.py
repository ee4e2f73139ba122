"""decimal precision set by a helper, then a second helper divides."""
import decimal

import autoform as af

CAUSE = "decimal across helpers"
ARGS = ("owls", "cats")

def setp(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    decimal.getcontext().prec = 4
    return r

def div(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r + str(decimal.Decimal(1) / decimal.Decimal(7))

def main(a, b):
    x = setp(a)
    y = div(b)
    return x, y, str(decimal.Decimal(2) / decimal.Decimal(3))
