"""An `async def` that awaits its calls one after another: the awaits that do not depend on
each other overlap; an unknown awaitable (`asyncio.sleep`) keeps its place, like a print."""

import asyncio

import autoform as af

LOG = []


async def ask(text):
    return await af.lm_call.acall([{"role": "user", "content": text}], model="m")


async def note(text):
    await asyncio.sleep(0)
    LOG.append(text)


@af.concurrent
async def pipeline(topic: str) -> str:
    pros = await af.lm_call.acall([{"role": "user", "content": f"pros of {topic}"}], model="m")
    cons = await ask(f"cons of {topic}")
    await note("asked")
    rivals = await af.lm_call.acall([{"role": "user", "content": f"rivals of {topic}"}], model="m")
    if "FAIL" in pros:
        return pros
    verdict = await ask(af.format("weigh {} against {}", pros, cons))
    return af.format("{} | {} | {}", verdict, rivals, len(LOG))
