"""A method set on a class after its creation (Cls.method = fn) runs asyncio.run."""

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
    def __init__(self, word):
        self.word = word


def _render(self, w):
    return asyncio.run(_fetch(self.word + w))


Doc.render = _render


def main(topic: str):
    d = Doc(topic)
    a = ask(topic)
    b = ask(d.render(a))
    return [a, b]
