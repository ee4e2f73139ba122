"""A short literal with the s format code: ValueError unknown format code."""

import autoform as af

CAUSE = 'format code s on int'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = 3
    tag = f"{x:s}"
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
