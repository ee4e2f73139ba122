"""__str__ runs asyncio.run: the function runs as written; prints, state, an exception."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


COUNT = 0


class Doc:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        return asyncio.run(_fetch(self.word))


def main(topic: str):
    global COUNT
    a = ask(topic)
    print("first", a)
    COUNT += 1
    b = ask(str(Doc(a)))
    print("second", b)
    COUNT += 1
    c = ask(topic + "?")
    raise KeyError(c[:10])
