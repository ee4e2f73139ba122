"""Straight-line: the first reply is put into a container with operator.setitem(bag, 'a', a); the second prompt
reads the container, so it must wait for the first."""

import operator

import autoform as af

CAUSE = "operator.setitem"
ARGS = ("owls",)


def main(topic: str):
    bag = {}
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    operator.setitem(bag, "a", a)
    b = af.lm_call([{"role": "user", "content": f"{topic} {sorted(bag)}"}], model="m")
    return a, b
