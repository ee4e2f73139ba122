"""Nested fanned-out loops; the inner iterable is an object whose `__iter__` runs
asyncio.run, and its items are unpacked."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _pairs(w):
    await asyncio.sleep(0)
    return [(w, 1), (w, 2)]


class Pairs:
    def __init__(self, w):
        self.w = w

    def __iter__(self):
        return iter(asyncio.run(_pairs(self.w)))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for t in [topic, topic + "s"]:
        head = ask(t)
        for w, k in Pairs(head[:6]):
            out.append(ask(w + str(k)))
    return out
