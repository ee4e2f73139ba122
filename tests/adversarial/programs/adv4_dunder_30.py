"""A property's setter runs asyncio.run to save the value, assigned after a call."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


LOG = []


class Record:
    def __init__(self):
        self._text = ""

    @property
    def text(self):
        return self._text

    @text.setter
    def text(self, value):
        LOG.append(asyncio.run(_fetch(value[:5])))
        self._text = value


def main(topic: str):
    rec = Record()
    a = ask(topic)
    rec.text = a
    b = ask(rec.text + "!")
    return [a, b]
