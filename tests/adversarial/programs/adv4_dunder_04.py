"""__add__ of a user object runs asyncio.run: `note + a` between two calls."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Note:
    def __init__(self, word):
        self.word = word

    def __add__(self, other):
        return asyncio.run(_fetch(self.word)) + " " + other


def main(topic: str):
    note = Note(topic)
    a = ask(topic)
    b = ask(note + a)
    return [a, b]
