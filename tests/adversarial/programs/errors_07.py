"""A statement that raises sits between two independent calls; the second call fails too."""

import autoform as af

CAUSE = "errors"
ARGS = ({},)
FAIL = {"later"}


def main(cfg):
    a = af.lm_call([{"role": "user", "content": "earlier"}], model="m")
    temperature = cfg["temperature"]
    b = af.lm_call([{"role": "user", "content": "later"}], model="m")
    return [a, b, temperature]
