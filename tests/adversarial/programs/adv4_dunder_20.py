"""Tuple unpacking of an object whose __iter__ runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Pair:
    def __init__(self, w):
        self.w = w

    def __iter__(self):
        text = asyncio.run(_fetch(self.w))
        return iter((text[:4], text[4:]))


def main(topic: str):
    pair = Pair(topic)
    a = ask(topic)
    head, tail = pair
    b = ask(a + head + tail)
    return [a, b]
