"""A property setter runs asyncio.run; contextvars and module state change around it."""

import asyncio
import contextvars

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


VAR = contextvars.ContextVar("var", default="unset")
SEEN = []


class Doc:
    def __init__(self):
        self._t = ""

    @property
    def text(self):
        return self._t

    @text.setter
    def text(self, value):
        self._t = asyncio.run(_fetch(value))
        VAR.set(self._t)


def main(topic: str):
    d = Doc()
    a = ask(topic)
    d.text = a
    SEEN.append(VAR.get())
    b = ask(d.text)
    c = ask(VAR.get() + "!")
    return [a, b, c]
