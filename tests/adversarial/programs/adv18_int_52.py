"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: a set updated with a power, then max()."""

import autoform as af

CAUSE = 'set update max'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    s = {1}
    s.update({3 ** 10000})
    x = max(s)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} {x}"}], model="m")
    return ra, rb
