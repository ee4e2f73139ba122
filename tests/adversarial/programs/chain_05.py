"""A sorted() of a list with a logging key feeds two chained calls."""

import autoform as af

CAUSE = "chain-recomputes"
LOG = []


def key(s):
    LOG.append(s)
    return s


ARGS = (["b", "a"],)


def main(items):
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    order = sorted(items, key=key)
    y = af.lm_call([{"role": "user", "content": b + order[0]}], model="m")
    z = af.lm_call([{"role": "user", "content": b + order[1]}], model="m")
    return [x, y, z]
