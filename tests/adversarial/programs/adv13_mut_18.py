"""Straight-line: the first reply is put into a container with bag[:] = a.split(':'); the second prompt
reads the container, so it must wait for the first."""

import sys  # noqa: F401

import autoform as af

CAUSE = "list slice assign"
ARGS = ("owls",)


def main(topic: str):
    bag = ["x"]
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    bag[:] = a.split(":")
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
