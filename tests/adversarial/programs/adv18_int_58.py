"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: the int built by int.__add__ of itself in a loop (method, not operator)."""

import autoform as af

CAUSE = 'int.__add__ doubling'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    x = 1
    for _ in range(15000):
        x = x.__add__(x)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
