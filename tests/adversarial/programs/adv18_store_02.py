"""Storing the first reply raises (sequential: that error, before the second call, which fails); an attribute of a __slots__ class not in its slots."""

import autoform as af

CAUSE = 'store slots attr'
ARGS = ("owls", "cats")
FAIL = ['cats']


class S:
    __slots__ = ('x',)


def main(a: str, b: str):
    o = S()
    o.y = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return rb
