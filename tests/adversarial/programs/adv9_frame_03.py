"""A staticmethod names the function calling it (sys._getframe(1))."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)


class Prompt:
    @staticmethod
    def tagged(q):
        return sys._getframe(1).f_code.co_name + ": " + q


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(Prompt.tagged(topic))
    b = ask(Prompt.tagged(a[:8]))
    return [a, b]
