"""Storing the first reply raises (sequential: that error, before the second call, which fails); a tuple item."""

import autoform as af

CAUSE = 'store tuple item'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    t = (1, 2)
    t[0] = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return rb
