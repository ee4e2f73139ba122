"""A classmethod constructor runs asyncio.run to load the object, between two calls."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Profile:
    def __init__(self, text):
        self.text = text

    @classmethod
    def load(cls, name):
        return cls(asyncio.run(_fetch(name[:5])))


def main(topic: str):
    a = ask(topic)
    p = Profile.load(a)
    b = ask(p.text)
    return [a, b]
