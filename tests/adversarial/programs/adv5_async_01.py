"""An async def pipeline calls a sync helper that asks whether a loop runs."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def mode():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return "sync"
    return "async"


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    b = await af.lm_call.acall([{"role": "user", "content": a + mode()}], model="m")
    return [a, b]
