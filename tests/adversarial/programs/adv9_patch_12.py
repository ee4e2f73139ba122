"""A patcher object of the primitive is made at import and started and stopped inside main."""

from unittest import mock

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def canned(messages, model=None, **kw):
    return "canned " + messages[-1]["content"][:6]


OFFLINE = mock.patch.object(af, "lm_call", canned)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    OFFLINE.start()
    b = ask(topic + "s")
    OFFLINE.stop()
    c = ask(topic + "es")
    return [a, b, c]
