"""A set given a huge value through add; one item comes back with max()."""

import autoform as af

CAUSE = 'set add then max'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    s = {1}
    s.add(3 ** 10000)
    x = max(s)
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
