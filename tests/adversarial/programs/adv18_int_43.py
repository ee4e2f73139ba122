"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: int() of a Decimal with a big exponent."""

import decimal

import autoform as af

CAUSE = 'int(Decimal) inline arg'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    x = int(decimal.Decimal("1e5000"))
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
