"""A property setter runs asyncio.run (as written); the function is a staticmethod's body."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Doc:
    def __init__(self):
        self._t = ""

    @property
    def text(self):
        return self._t

    @text.setter
    def text(self, value):
        self._t = asyncio.run(_fetch(value))


class Pipeline:
    @staticmethod
    def run(topic: str):
        d = Doc()
        a = ask(topic)
        d.text = a
        b = ask(d.text)
        c = ask(topic + "?")
        return [a, b, c]


main = Pipeline.run
