"""A for loop iterates a map of a loop-running helper: the helper runs as the loop pulls items."""

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


def main(topic: str):
    a = ask(topic)
    out = []
    for x in map(fetch_sync, [a, topic]):
        out.append(ask(x))
    return [a, out]
