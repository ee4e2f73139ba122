"""Straight-line: the first reply is put into a container with functools.reduce(lambda acc, ch: acc.append(ch) or acc, a[:3], bag); the second prompt
reads the container, so it must wait for the first."""

import functools

import autoform as af

CAUSE = "functools.reduce append"
ARGS = ("owls",)


def main(topic: str):
    bag = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    functools.reduce(lambda acc, ch: acc.append(ch) or acc, a[:3], bag)
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
