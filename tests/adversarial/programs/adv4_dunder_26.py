"""str(obj) directly in an LM call's argument; __str__ runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Doc:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        return asyncio.run(_fetch(self.word))


def main(topic: str):
    doc = Doc(topic)
    a = ask(topic)
    b = ask(a + str(doc))
    return [a, b]
