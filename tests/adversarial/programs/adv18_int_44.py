"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: a method call (7).__pow__(6000)."""

import autoform as af

CAUSE = '__pow__ inline arg'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    x = (7).__pow__(6000)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
