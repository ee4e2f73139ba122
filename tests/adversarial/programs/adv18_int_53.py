"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: a list whose insert put a shifted 1 first; x is xs[0]."""

import autoform as af

CAUSE = 'insert shift'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    xs = [1]
    xs.insert(0, 1 << 20000)
    x = xs[0]
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
