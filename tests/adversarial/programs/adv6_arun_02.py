"""A def pipeline runs, with asyncio.run, an async def that calls af.format and a sync
helper asking for the running loop (there: it runs in that asyncio.run's loop)."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def where():
    try:
        asyncio.get_running_loop()
        return "in loop"
    except RuntimeError:
        return "no loop"


async def inner(t):
    p = await af.format.acall("{} / {}", t, where())
    return await af.lm_call.acall([{"role": "user", "content": p}], model="m")


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = asyncio.run(inner(a[:6]))
    c = ask(where())
    return [a, b, c]
