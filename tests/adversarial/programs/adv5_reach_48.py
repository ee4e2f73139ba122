"""A lambda at module level runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


fetch = lambda w: asyncio.run(_fetch(w))  # noqa: E731


def main(topic: str):
    a = ask(topic)
    b = ask(fetch(a))
    return [a, b]
