"""Straight-line: the first reply is put into a container with list(map(bag.append, a.split(':'))); the second prompt
reads the container, so it must wait for the first."""

import sys  # noqa: F401

import autoform as af

CAUSE = "list(map(bag.append))"
ARGS = ("owls",)


def main(topic: str):
    bag = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    list(map(bag.append, a.split(":")))
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
