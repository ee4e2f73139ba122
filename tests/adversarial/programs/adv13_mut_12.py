"""Straight-line: the first reply is put into a container with bag.extendleft(a[:5]); the second prompt
reads the container, so it must wait for the first."""

import collections

import autoform as af

CAUSE = "deque extendleft"
ARGS = ("owls",)


def main(topic: str):
    bag = collections.deque(maxlen=3)
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    bag.extendleft(a[:5])
    b = af.lm_call([{"role": "user", "content": f"{topic} {list(bag)}"}], model="m")
    return a, b
