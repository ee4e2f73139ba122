"""A helper of a helper names the helper's caller (sys._getframe(2))."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def who():
    return sys._getframe(2).f_code.co_name


def ask(q):
    LOG.append(who())
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(topic + "!")
    return [a, b]
