"""Straight-line: the first reply is put into a container with any(map(bag.add, a)); the second prompt
reads the container, so it must wait for the first."""

import sys  # noqa: F401

import autoform as af

CAUSE = "any(map(set.add))"
ARGS = ("owls",)


def main(topic: str):
    bag = set()
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    any(map(bag.add, a))
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
