"""mock.patch of the user's own helper inside main: a wrapper that asks another model."""

import sys
from unittest import mock

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_big(q):
    return af.lm_call([{"role": "user", "content": q}], model="big")


def main(topic: str):
    a = ask(topic)
    with mock.patch.object(sys.modules[__name__], "ask", ask_big):
        b = ask(a[:8])
        c = ask(topic + "s")
    d = ask(b[:8])
    return [a, b, c, d]
