"""A user variable named `b_chain` next to a call result named `b` that starts a chain."""

import autoform as af

CAUSE = "names"
ARGS = ("owl",)


def main(topic: str):
    _b_chain = "user chain"
    _y_chain = "user y"
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    y = af.lm_call([{"role": "user", "content": b + _b_chain}], model="m")
    return [x, y, _b_chain, _y_chain]
