"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: the numerator of a Fraction."""

import fractions

import autoform as af

CAUSE = 'fraction numerator'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    x = int(fractions.Fraction("1e5000"))
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
