"""int() of a 5000-digit string: the parse itself raises ValueError."""

import autoform as af

CAUSE = 'int(long str)'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = int("9" * 5000)
    tag = 'k'
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
