"""A helper names its caller through an alias imported from sys (`_getframe as gf`)."""

from sys import _getframe as gf

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def traced(q):
    return ask(gf(1).f_code.co_name + ": " + q)


def main(topic: str):
    a = ask(topic)
    b = traced(a[:6])
    c = traced(topic)
    return [a, b, c]
