"""An abc.ABC subclass's override runs asyncio.run, called on what a factory returns."""

import abc
import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Source(abc.ABC):
    @abc.abstractmethod
    def read(self, w): ...


class Remote(Source):
    def read(self, w):
        return asyncio.run(_fetch(w))


def pick():
    return Remote()


def main(topic: str):
    src = pick()
    a = ask(topic)
    b = ask(src.read(a))
    return [a, b]
