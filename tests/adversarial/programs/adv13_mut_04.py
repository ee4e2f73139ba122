"""Straight-line: the first reply is put into a container with operator.iadd(bag, [a]); the second prompt
reads the container, so it must wait for the first."""

import operator

import autoform as af

CAUSE = "operator.iadd"
ARGS = ("owls",)


def main(topic: str):
    bag = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    operator.iadd(bag, [a])
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
