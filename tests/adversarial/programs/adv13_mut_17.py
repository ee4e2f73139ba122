"""Straight-line: the first reply is put into a container with bag.update(**{'a': a}); the second prompt
reads the container, so it must wait for the first."""

import sys  # noqa: F401

import autoform as af

CAUSE = "dict.update kwargs via star"
ARGS = ("owls",)


def main(topic: str):
    bag = {}
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    bag.update(**{"a": a})
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
