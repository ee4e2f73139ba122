"""A dataclass's __post_init__ runs asyncio.run; the object is made from a reply."""

import asyncio
from dataclasses import dataclass

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


@dataclass
class Entry:
    word: str
    text: str = ""

    def __post_init__(self):
        self.text = asyncio.run(_fetch(self.word[:5]))


def main(topic: str):
    a = ask(topic)
    e = Entry(a)
    b = ask(e.text)
    return [a, b]
