"""An async def pipeline guards with asyncio.timeout and reads loop.time()."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def main(topic: str):
    started = asyncio.get_running_loop().time()
    async with asyncio.timeout(30):
        a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    elapsed = asyncio.get_running_loop().time() - started
    return [a, elapsed < 30]
