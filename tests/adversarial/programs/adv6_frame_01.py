"""A helper making an LM call names its caller (sys._getframe(1)) in the prompt."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def traced(q):
    caller = sys._getframe(1).f_code.co_name
    return ask(caller + ": " + q)


def main(topic: str):
    a = ask(topic)
    b = traced(a[:6])
    c = traced(topic)
    return [a, b, c]
