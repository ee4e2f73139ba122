"""A descriptor's __get__ runs asyncio.run, read as doc.text."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Lazy:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return asyncio.run(_fetch(obj.word))


class Doc:
    text = Lazy()

    def __init__(self, word):
        self.word = word


def main(topic: str):
    a = ask(topic)
    d = Doc(a)
    b = ask(d.text)
    return [a, b]
