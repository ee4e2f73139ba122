"""A local function, the argument of a helper's call, swaps the helper through the module."""

import sys

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_big(q):
    return af.lm_call([{"role": "user", "content": q}], model="big")


def main(topic: str):
    def framed(text):
        sys.modules[__name__].ask = ask_big
        return "[" + text + "]"

    a = ask(topic)
    b = ask(framed(a))
    c = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    return [a, b, c]
