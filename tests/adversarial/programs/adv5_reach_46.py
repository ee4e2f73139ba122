"""A callback is stored on an object in the function (box.cb = fn), then called as box.cb(x)."""

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
    cb = None


def main(topic: str):
    box = Box()
    box.cb = fetch_sync
    a = ask(topic)
    b = ask(box.cb(a))
    return [a, b]
