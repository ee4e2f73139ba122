"""A helper names its caller's caller (sys._getframe(1).f_back)."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def origin():
    back = sys._getframe(1).f_back
    LOG.append(back.f_code.co_name if back else None)


def main(topic: str):
    a = ask(topic)
    origin()
    b = ask(topic + "s")
    return [a, b]
