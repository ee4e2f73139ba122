"""Straight-line: the first reply is put into a container with bag |= set(a[:3]); the second prompt
reads the container, so it must wait for the first."""

import sys  # noqa: F401

import autoform as af

CAUSE = "set ior"
ARGS = ("owls",)


def main(topic: str):
    bag = set()
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    bag |= set(a[:3])
    b = af.lm_call([{"role": "user", "content": f"{topic} {sorted(bag)}"}], model="m")
    return a, b
