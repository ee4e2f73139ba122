"""Storing the first reply raises (sequential: that error, before the second call, which fails); an item of a str."""

import autoform as af

CAUSE = 'store str item'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    s = 'abc'
    s[0] = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return rb
