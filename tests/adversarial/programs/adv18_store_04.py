"""Storing the first reply raises (sequential: that error, before the second call, which fails); a property without a setter."""

import autoform as af

CAUSE = 'store property'
ARGS = ("owls", "cats")
FAIL = ['cats']


class P:
    @property
    def x(self):
        return 1


def main(a: str, b: str):
    o = P()
    o.x = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return rb
