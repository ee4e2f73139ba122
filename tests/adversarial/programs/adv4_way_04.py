"""A class whose __init__ runs asyncio.run, built between two calls."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Loaded:
    def __init__(self, name):
        self.text = asyncio.run(_fetch(name[:5]))


def main(topic: str):
    a = ask(topic)
    obj = Loaded(a)
    b = ask(obj.text)
    return [a, b]
