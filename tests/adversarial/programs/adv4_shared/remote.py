"""A small sync facade over async code, as a program's own second module might hold."""

import asyncio


async def _fetch(w):
    await asyncio.sleep(0)
    return "remote " + w


def fetch_sync(w):
    return asyncio.run(_fetch(w[:5]))


def mode():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return "sync"
    return "async"


class Doc:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        return asyncio.run(_fetch(self.word))


class Client:
    def search(self, q):
        return asyncio.run(_fetch(q[:5]))


class User:
    def __init__(self, name):
        self.name = name

    @property
    def profile(self):
        return asyncio.run(_fetch(self.name))
