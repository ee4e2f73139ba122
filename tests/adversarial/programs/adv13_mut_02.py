"""Straight-line: the first reply is put into a container with bisect.insort(bag, a); the second prompt
reads the container, so it must wait for the first."""

import bisect

import autoform as af

CAUSE = "bisect.insort"
ARGS = ("owls",)


def main(topic: str):
    bag = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    bisect.insort(bag, a)
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
