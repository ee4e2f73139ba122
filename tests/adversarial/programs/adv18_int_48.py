"""The first call fails; the second call's prompt formats a long int made before it, inline in the call's argument: af.format of a dict that setdefault gave a power."""

import autoform as af

CAUSE = 'setdefault af.format'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    d = {}
    d.setdefault("k", 3 ** 10000)
    x = d
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": af.format("{} {}", b, x)}], model="m")
    return ra, rb
