"""A fanned-out loop unpacks items whose `__iter__` runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _pair(w):
    await asyncio.sleep(0)
    return (w, w.upper())


class Pair:
    def __init__(self, word):
        self.word = word

    def __iter__(self):
        return iter(asyncio.run(_pair(self.word)))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for a, b in [Pair(topic), Pair(topic + "s")]:
        out.append(ask(a + b))
    return out
