"""A helper returns module state (not a fresh value); the caller mutates it between calls."""

import autoform as af

CAUSE = 2
ARGS = ("bees",)
REG = []


def registry():
    return REG


def ask(q):
    return af.lm_call([{"role": "user", "content": q + " " + ",".join(REG)}], model="m")


def main(topic: str):
    first = ask(topic)
    registry().append("seen:" + topic)
    second = ask(topic)
    return [first, second, list(REG)]
