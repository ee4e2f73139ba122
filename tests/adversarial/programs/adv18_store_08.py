"""Storing the first reply raises (sequential: that error, before the second call, which fails); a list index out of range."""

import autoform as af

CAUSE = 'store list index'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    xs = []
    xs[3] = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return rb
