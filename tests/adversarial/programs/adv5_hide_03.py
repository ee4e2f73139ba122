"""A loop-running helper's exception leaves the function uncaught."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


async def _bad(w):
    await asyncio.sleep(0)
    raise KeyError(w[:5])


def fetch_sync(w):
    return asyncio.run(_bad(w))


def main(topic: str):
    a = ask(topic)
    c = ask(topic + "!")
    b = fetch_sync(a)
    return [a, b, c]
