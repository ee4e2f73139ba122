"""Two steps that may raise stand after two independent calls: int() of the first reply
and a lookup of the second; Python raises the int()'s ValueError first."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
TABLE = {}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "slow " + topic * 3}], model="m")
    b = af.lm_call([{"role": "user", "content": "fast"}], model="m")
    n = int(a)
    v = TABLE[b]
    return [n, v]
