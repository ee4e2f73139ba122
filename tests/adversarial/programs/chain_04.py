"""An iterator parameter advanced with next() for a prompt that two chained calls share."""

import autoform as af

CAUSE = "chain-recomputes"
ARGS = (iter(["first", "second", "third"]),)


def main(it):
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    head = next(it)
    y = af.lm_call([{"role": "user", "content": b + head}], model="m")
    z = af.lm_call([{"role": "user", "content": head + b}], model="m")
    return [x, y, z, list(it)]
