"""__hash__ runs asyncio.run: the object is used as a dict key between two calls."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Key:
    def __init__(self, word):
        self.word = word

    def __hash__(self):
        return len(asyncio.run(_fetch(self.word)))

    def __eq__(self, other):
        return isinstance(other, Key) and other.word == self.word


def main(topic: str):
    key = Key(topic)
    a = ask(topic)
    cache = {key: a}
    b = ask(a + str(len(cache)))
    return [a, b]
