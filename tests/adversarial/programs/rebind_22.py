"""The module object, bound to a local name, gets a new helper by attribute store."""

import sys

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_big(q):
    return af.lm_call([{"role": "user", "content": q}], model="big")


def main(topic: str):
    a = ask(topic)
    this = sys.modules[__name__]
    this.ask = ask_big
    b = ask(topic)
    c = ask(a)
    return [a, b, c]
