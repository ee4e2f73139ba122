"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: math.isqrt of a power in the step before: power is long; isqrt call short?"""

import math

import autoform as af

CAUSE = 'isqrt of product'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    big = 10 ** 10000
    x = math.isqrt(big)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
