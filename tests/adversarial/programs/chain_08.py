"""A parameter rebound after a chained call that reads it."""

import autoform as af

CAUSE = "chain-order"
ARGS = ("orig",)


def main(t: str):
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    y = af.lm_call([{"role": "user", "content": f"{b} {t}"}], model="m")
    t = "rebound"
    return [x, y, t]
