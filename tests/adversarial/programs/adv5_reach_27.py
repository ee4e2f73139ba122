"""The function monkeypatches a method (in a helper) with one running asyncio.run."""

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

    def render(self, w):
        return self.word + w


def _loud_render(self, w):
    return asyncio.run(_fetch(self.word + w))


def patch():
    Doc.render = _loud_render


def main(topic: str):
    d = Doc(topic)
    a = ask(topic)
    patch()
    b = ask(d.render(a))
    return [a, b]
