"""'%d' formatting of a huge power."""

import autoform as af

CAUSE = 'percent d'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = 2 ** 20000
    tag = "%d" % x
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
