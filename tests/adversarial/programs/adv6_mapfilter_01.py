"""A fanned-out-looking loop walks map and filter objects whose functions run
asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return w[::-1]


def flip(w):
    return asyncio.run(_fetch(w))


def keep(w):
    return asyncio.run(_fetch(w)) != "x"


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for w in map(flip, filter(keep, [topic, "x", topic + "s"])):
        out.append(ask(w))
    return out
