"""mock.patch of the primitive through its defining module (autoform.primitives path
looked up at run time)."""

import sys
from unittest import mock

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def canned(messages, model=None, **kw):
    return "canned " + messages[-1]["content"][:6]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    home = sys.modules[type(af).__name__ and "autoform"]
    with mock.patch.object(home, "lm_call", new=canned):
        b = ask(a[:8])
    c = ask(topic + "s")
    return [a, b, c]
