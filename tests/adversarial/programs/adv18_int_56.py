"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: int of a huge float-free Decimal computed with Decimal power."""

import decimal

import autoform as af

CAUSE = 'Decimal power int'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    x = int(decimal.Decimal(10) ** 5000)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
