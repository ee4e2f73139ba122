"""The function patches a helper with unittest.mock.patch for part of its run."""

from unittest import mock

import autoform as af

CAUSE = 15
ARGS = ("x",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def fake(q):
    return "fake " + q


def main(topic: str):
    a = ask(topic)
    with mock.patch(f"{__name__}.ask", fake):
        b = ask(topic)
    return [a, b]
