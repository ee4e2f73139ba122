"""async for over a user async generator that prints as it yields; each item's call."""

import asyncio

import autoform as af

CAUSE = "async generator source"
ARGS = (["owls", "cats", "dogs"],)


async def feed(items):
    for t in items:
        print("yield", t)
        await asyncio.sleep(0)
        yield t


async def main(items: list):
    out = []
    async for t in feed(items):
        r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
        print("got", t)
        out.append(r)
    return out
