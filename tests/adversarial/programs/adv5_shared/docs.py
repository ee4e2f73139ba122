"""Classes and a generator of the program's second module, used through the module object."""

import asyncio


async def _fetch(w):
    await asyncio.sleep(0)
    return "docs " + w[:5]


class Doc:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        return asyncio.run(_fetch(self.word))


class User:
    def __init__(self, name):
        self.name = name

    @property
    def profile(self):
        return asyncio.run(_fetch(self.name))


def make_user(name):
    return User(name)


def stream(text):
    for part in text.split():
        yield asyncio.run(_fetch(part))


class Service:
    def lookup(self, w):
        return asyncio.run(_fetch(w))
