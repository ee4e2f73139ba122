"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: operator.__mul__ squaring."""

import operator

import autoform as af

CAUSE = 'operator.__mul__ inline arg'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    x = operator.__mul__(10 ** 2500, 10 ** 2500)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
