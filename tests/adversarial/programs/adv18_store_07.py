"""Storing the first reply raises (sequential: that error, before the second call, which fails); an attribute of an int."""

import autoform as af

CAUSE = 'store int attr'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    n = 5
    n.x = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return rb
