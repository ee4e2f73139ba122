"""A generator runs asyncio.run per item; the function recurses on itself."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def stream(w):
    for part in w.split():
        yield asyncio.run(_fetch(part))


def main(topic: str, depth: int = 2):
    a = ask(topic)
    parts = list(stream(a))
    if depth:
        return [a, *parts, *main(topic + str(depth), depth - 1)]
    return [a, *parts]
