"""Storing the first reply raises (sequential: that error, before the second call, which fails); a frozen dataclass field."""

import autoform as af

CAUSE = 'store frozen attr'
ARGS = ("owls", "cats")
FAIL = ['cats']


import dataclasses


@dataclasses.dataclass(frozen=True)
class F:
    x: int


def main(a: str, b: str):
    o = F(1)
    o.x = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return rb
