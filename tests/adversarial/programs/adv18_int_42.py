"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: int() of a long hex string."""

import autoform as af

CAUSE = 'int(s,16) inline arg'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    x = int("f" * 4000, 16)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
