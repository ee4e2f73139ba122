"""A generator parameter is consumed by list() into a prompt used by two chained calls."""

import autoform as af

CAUSE = "chain-recomputes"
ARGS = ((w for w in ["alpha", "beta"]),)


def main(words):
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    listed = list(words)
    y = af.lm_call([{"role": "user", "content": b + str(listed)}], model="m")
    z = af.lm_call([{"role": "user", "content": b + str(len(listed))}], model="m")
    return [x, y, z, listed]
