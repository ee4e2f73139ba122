"""mock.patch.object on the primitive's class: its `__call__` is replaced inside main."""

from unittest import mock

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def canned(self, messages, model=None, **kw):
    return "canned " + messages[-1]["content"][:6]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    with mock.patch.object(type(af.lm_call), "__call__", canned):
        b = ask(a[:8])
    c = ask(topic + "s")
    return [a, b, c]
