"""A patch of the primitive is started in one helper and stopped in another."""

from unittest import mock

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)
_active = []


def canned(messages, model=None, **kw):
    return "canned " + messages[-1]["content"][:6]


def offline():
    p = mock.patch("autoform.lm_call", canned)
    p.start()
    _active.append(p)


def online():
    _active.pop().stop()


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    offline()
    b = ask(a[:8])
    online()
    c = ask(topic + "s")
    return [a, b, c]
