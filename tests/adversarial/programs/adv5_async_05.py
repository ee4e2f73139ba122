"""An async def pipeline builds a sync generator that asks for the running loop per item."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def modes(words):
    for w in words:
        try:
            asyncio.get_running_loop()
            yield w + ":async"
        except RuntimeError:
            yield w + ":sync"


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    b = await af.lm_call.acall([{"role": "user", "content": " ".join(modes(a.split()))}], model="m")
    return [a, b]
