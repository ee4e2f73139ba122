"""An async def pipeline starts a task through a sync helper calling asyncio.create_task."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def spawn(coro):
    return asyncio.create_task(coro)


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    t = spawn(_fetch(a))
    b = await af.lm_call.acall([{"role": "user", "content": await t}], model="m")
    return [a, b]
