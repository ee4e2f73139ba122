"""A dict of call options is mutated after the call that used it."""

import autoform as af

CAUSE = "alias"
ARGS = ()


def main():
    opts = {"temperature": 0}
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": a}], model="m", **opts)
    opts["temperature"] = 1
    c = af.lm_call([{"role": "user", "content": "c"}], model="m", **opts)
    return [b, c]
