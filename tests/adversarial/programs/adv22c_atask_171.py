"""async main checks it is still in the task it started in after each awaited call."""

import asyncio

import autoform as af

CAUSE = "current task identity across awaited calls in async main"
ARGS = (["owls", "cats", "dogs"],)


async def summarize(t):
    return await af.lm_call.acall([{"role": "user", "content": t}], model="m")


async def main(items):
    me = asyncio.current_task()
    out = []
    for x in items:
        r = await summarize(x)
        out.append((r, asyncio.current_task() is me))
    return out
