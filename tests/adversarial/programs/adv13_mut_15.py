"""Straight-line: the first reply is put into a container with setattr(bag, 'n', len(a)); the second prompt
reads the container, so it must wait for the first."""

import types

import autoform as af

CAUSE = "setattr builtin"
ARGS = ("owls",)


def main(topic: str):
    bag = types.SimpleNamespace(n=0)
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    setattr(bag, "n", len(a))
    b = af.lm_call([{"role": "user", "content": f"{topic} {bag.n}"}], model="m")
    return a, b
