"""int() of a Decimal with a big exponent: a huge int made from a str."""

import decimal

import autoform as af

CAUSE = 'int(Decimal)'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = int(decimal.Decimal("1e5000"))
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
