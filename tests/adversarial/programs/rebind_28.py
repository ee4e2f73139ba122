"""A module constant the LM calls read is changed by an attribute store on the module."""

import sys

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)
MODEL = "m"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model=MODEL)
    sys.modules[__name__].MODEL = "big"
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model=MODEL)
    return [a, b]
