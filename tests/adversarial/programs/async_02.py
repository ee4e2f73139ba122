"""An async def pipeline with an asyncio.sleep and a global written between awaits."""

import asyncio

import autoform as af

CAUSE = 1
ARGS = ("seed",)
STAGE = ["init"]


async def ask(q):
    return await af.lm_call.acall([{"role": "user", "content": q + STAGE[-1]}], model="m")


async def main(q: str):
    a = await ask(q)
    await asyncio.sleep(0)
    STAGE.append("second")
    b = await ask(q)
    return [a, b]
