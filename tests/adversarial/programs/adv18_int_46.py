"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: str() of the list's last item grown by appends of sums."""

import autoform as af

CAUSE = 'append doubling inline str'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    xs = [1]
    for _ in range(15000):
        xs.append(xs[-1] + xs[-1])
    x = xs[-1]
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b + str(x)}], model="m")
    return ra, rb
