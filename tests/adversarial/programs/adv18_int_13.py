"""int() of a binary string: base 2 has no digit limit either."""

import autoform as af

CAUSE = 'int(s, 2)'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = int("1" * 16000, 2)
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
