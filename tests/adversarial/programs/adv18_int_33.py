"""A global computed at import as a power."""

import autoform as af

CAUSE = 'global power'
ARGS = ("owls", "cats")
FAIL = ['owls']

BIG = 10 ** 5000


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = BIG
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
