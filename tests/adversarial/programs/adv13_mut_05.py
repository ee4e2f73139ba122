"""Straight-line: the first reply is put into a container with list.append(bag, a); the second prompt
reads the container, so it must wait for the first."""

import sys  # noqa: F401

import autoform as af

CAUSE = "unbound list.append"
ARGS = ("owls",)


def main(topic: str):
    bag = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    list.append(bag, a)
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
