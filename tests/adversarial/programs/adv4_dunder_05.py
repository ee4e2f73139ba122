"""__radd__: a str plus a user object (`a + note`), whose __radd__ runs asyncio.run."""

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

    def __radd__(self, other):
        return other + " " + asyncio.run(_fetch(self.word))


def main(topic: str):
    note = Note(topic)
    a = ask(topic)
    joined = a + note
    b = ask(joined)
    return [a, b]
