"""An iterator object in a fan-out loop: __next__ runs asyncio.run for each item."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Pages:
    def __init__(self, words):
        self.words = list(words)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.words:
            raise StopIteration
        return asyncio.run(_fetch(self.words.pop(0)))


def main(topic: str):
    out = []
    for page in Pages([topic, "bats", "cats"]):
        out.append(ask(page))
    return out
