"""A nested def reads its caller's frame, and the helper around it calls it directly."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)


def ask(q):
    def tag():
        return sys._getframe(1).f_code.co_name

    return af.lm_call([{"role": "user", "content": tag() + ": " + q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(a[:8])
    return [a, b]
