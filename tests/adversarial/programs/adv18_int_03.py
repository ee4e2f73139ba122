"""int() of a long hex string: no digit limit on base 16, the decimal form is too long."""

import autoform as af

CAUSE = 'int(s, 16)'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = int("f" * 4000, 16)
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
