"""An async def pipeline's sync helper runs asyncio.run, falling back on RuntimeError."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def lookup(w):
    coro = _fetch(w)
    try:
        return asyncio.run(coro)
    except RuntimeError:
        coro.close()
        return "fallback " + w[:5]


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    b = await af.lm_call.acall([{"role": "user", "content": lookup(a)}], model="m")
    return [a, b]
