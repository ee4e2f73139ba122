"""A module-level object holds a loop-running callback in an attribute."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def fetch_sync(w):
    return asyncio.run(_fetch(w))


class Box:
    def __init__(self, cb):
        self.cb = cb


HANDLER = Box(fetch_sync)


def main(topic: str):
    a = ask(topic)
    b = ask(HANDLER.cb(a))
    return [a, b]
