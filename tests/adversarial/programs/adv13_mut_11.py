"""Straight-line: the first reply is put into a container with vars(bag).update(reply=a); the second prompt
reads the container, so it must wait for the first."""

import types

import autoform as af

CAUSE = "vars update"
ARGS = ("owls",)


def main(topic: str):
    bag = types.SimpleNamespace()
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    vars(bag).update(reply=a)
    b = af.lm_call([{"role": "user", "content": f"{topic} {vars(bag)}"}], model="m")
    return a, b
