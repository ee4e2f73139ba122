"""__str__ runs asyncio.run (as written); the function prints its own code's name."""

import asyncio
import sys

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Doc:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        return asyncio.run(_fetch(self.word))


def main(topic: str):
    print("in", sys._getframe().f_code.co_name)
    a = ask(topic)
    b = ask(str(Doc(a)))
    return [a, b]
