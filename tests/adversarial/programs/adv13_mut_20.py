"""Straight-line: the first reply is put into a container with list(itertools.starmap(bag.insert, [(0, a)])); the second prompt
reads the container, so it must wait for the first."""

import itertools

import autoform as af

CAUSE = "itertools.accumulate with append"
ARGS = ("owls",)


def main(topic: str):
    bag = []
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    list(itertools.starmap(bag.insert, [(0, a)]))
    b = af.lm_call([{"role": "user", "content": f"{topic} {len(bag)}"}], model="m")
    return a, b
