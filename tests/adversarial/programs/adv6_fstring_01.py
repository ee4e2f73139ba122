"""A loop that fans out formats its items into the prompt with an f-string; their
`__format__` runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "item " + w


class Item:
    def __init__(self, word):
        self.word = word

    def __format__(self, spec):
        return asyncio.run(_fetch(self.word))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for it in [Item(topic), Item(topic + "s")]:
        out.append(ask(f"About {it}"))
    return out
