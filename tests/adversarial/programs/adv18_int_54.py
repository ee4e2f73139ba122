"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: sum of a list extended by a product."""

import autoform as af

CAUSE = 'extend sum'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    xs = [0]
    xs.extend([5 ** 8000])
    x = sum(xs)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
