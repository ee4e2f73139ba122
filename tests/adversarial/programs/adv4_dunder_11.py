"""A fan-out for loop over an object whose __iter__ (a generator) runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Feed:
    def __init__(self, word):
        self.word = word

    def __iter__(self):
        text = asyncio.run(_fetch(self.word))
        yield from text.split()


def main(topic: str):
    feed = Feed(topic)
    out = []
    for item in feed:
        out.append(ask(item))
    return out
