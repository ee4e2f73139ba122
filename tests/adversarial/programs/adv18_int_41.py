"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: a list that append gave a power."""

import autoform as af

CAUSE = 'append power inline arg'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    xs = []
    xs.append(7 ** 6000)
    x = xs
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
