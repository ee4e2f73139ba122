"""Straight-line: the first reply is put into a container with random.Random(len(a)).shuffle(bag); the second prompt
reads the container, so it must wait for the first."""

import random

import autoform as af

CAUSE = "random.shuffle"
ARGS = ("owls",)


def main(topic: str):
    bag = list("abcdef")
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    random.Random(len(a)).shuffle(bag)
    b = af.lm_call([{"role": "user", "content": f"{topic} {''.join(bag)}"}], model="m")
    return a, b
