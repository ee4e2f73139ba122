"""Straight-line: the first reply is put into a container with sorted(a, key=lambda ch: bag.append(ch) or ch); the second prompt
reads the container, so it must wait for the first."""

import sys  # noqa: F401

import autoform as af

CAUSE = "sorted key appends"
ARGS = ("owls",)


def main(topic: str):
    bag = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    sorted(a, key=lambda ch: bag.append(ch) or ch)
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
