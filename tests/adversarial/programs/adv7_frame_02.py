"""A module-level alias of sys._getframe names the caller in the prompt."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
getframe = sys._getframe


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def traced(q):
    return ask(getframe(1).f_code.co_name + ": " + q)


def main(topic: str):
    a = ask(topic)
    b = traced(a[:6])
    c = traced(topic)
    return [a, b, c]
