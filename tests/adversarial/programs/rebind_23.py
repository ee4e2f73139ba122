"""The module's __dict__ gets a new helper by item store."""

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
    sys.modules[__name__].__dict__["ask"] = ask_big
    b = ask(topic)
    c = ask(a)
    return [a, b, c]
