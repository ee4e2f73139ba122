"""An async pipeline whose own asyncio.gather runs two helpers; a print after."""

import asyncio

import autoform as af

CAUSE = "async"
ARGS = ("pair",)


async def ask(q):
    return await af.lm_call.acall([{"role": "user", "content": q}], model="m")


async def main(q: str):
    a, b = await asyncio.gather(ask(q + "1"), ask(q + "2"))
    print("gathered")
    c = await ask(a + b)
    return c
