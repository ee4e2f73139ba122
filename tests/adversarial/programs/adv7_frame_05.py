"""A helper records the line its caller is at (f_lineno), relative to main's first line."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def here():
    f = sys._getframe(1)
    LOG.append((f.f_code.co_name, f.f_lineno - main.__code__.co_firstlineno))


def main(topic: str):
    a = ask(topic)
    here()
    b = ask(topic + "!")
    here()
    return [a, b]
