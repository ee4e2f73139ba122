"""Format spec c on a short literal out of range: OverflowError."""

import autoform as af

CAUSE = 'format spec c'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = 1114112
    tag = f"{x:c}"
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
