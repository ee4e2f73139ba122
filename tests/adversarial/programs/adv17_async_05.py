"""async main: a semaphore-limited worker the user wrote, with an append to a shared list
inside the semaphore; then a summary call."""

import asyncio

import autoform as af

CAUSE = "user semaphore"
ARGS = (["owls", "cats", "dogs", "bees"],)
ORDER = []


async def main(items: list):
    sem = asyncio.Semaphore(2)

    async def work(t):
        async with sem:
            r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
            ORDER.append(t)
            return r

    rs = await asyncio.gather(*(work(t) for t in items))
    s = await af.lm_call.acall([{"role": "user", "content": "|".join(rs)[-30:]}], model="m")
    return rs, s, sorted(ORDER)
