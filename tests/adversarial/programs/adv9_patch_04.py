"""mock.patch.dict on the autoform module's namespace replaces the primitive for a block."""

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
    with mock.patch.dict(vars(af), {"lm_call": canned}):
        b = ask(a[:8])
    c = ask(topic + "s")
    return [a, b, c]
