"""A module prefix constant is set to None by setup() (raw mode); the second prompt is the
prefix + topic (TypeError); the first call fails first in the sequential run."""

import autoform as af

CAUSE = "rebound constant concatenated"
ARGS = ("owls", "cats")
FAIL = ["owls"]
PREFIX = "Q: "


def setup():
    global PREFIX
    PREFIX = None


def main(a: str, b: str):
    setup()
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    prompt = PREFIX + b
    rb = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return ra, rb
