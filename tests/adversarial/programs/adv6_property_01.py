"""A property read in a fanned-out loop's body runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "bio of " + w


class Person:
    def __init__(self, name):
        self.name = name

    @property
    def bio(self):
        return asyncio.run(_fetch(self.name))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = {}
    for p in [Person(topic), Person(topic + "2")]:
        out[p.name] = ask(p.bio)
    return out
