"""setattr(sys.modules[__name__], ...) swaps the helper the function calls next."""

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
    setattr(sys.modules[__name__], "ask", ask_big)  # noqa: B010
    b = ask(topic)
    c = ask(a)
    return [a, b, c]
