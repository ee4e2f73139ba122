"""A base class in the program's second module whose method runs asyncio.run."""

import asyncio


async def _fetch(w):
    await asyncio.sleep(0)
    return "base " + w[:5]


class Base:
    def __init__(self, word):
        self.word = word

    def fetch(self, w):
        return asyncio.run(_fetch(self.word + w))
