"""mock.patch.object on an alias of the autoform module, the attribute named by a variable."""

from unittest import mock

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)
_lib = af
_NAME = "lm_" + "call"


def canned(messages, model=None, **kw):
    return "canned " + messages[-1]["content"][:6]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    with mock.patch.object(_lib, _NAME, canned):
        b = ask(a[:8])
    c = ask(topic + "s")
    return [a, b, c]
