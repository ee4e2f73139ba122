"""A callback stored on an object's attribute in __init__ runs asyncio.run; called as obj.cb(x)."""

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


def main(topic: str):
    box = Box(fetch_sync)
    a = ask(topic)
    b = ask(box.cb(a))
    return [a, b]
