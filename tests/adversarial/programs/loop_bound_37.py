"""An async def pipeline schedules a background task on its loop and awaits it at the end."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)
LOG = []


async def audit(text):
    await asyncio.sleep(0)
    LOG.append("audit " + text)


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    loop = asyncio.get_running_loop()
    pending = loop.create_task(audit(a))
    b = await af.lm_call.acall([{"role": "user", "content": topic + "?"}], model="m")
    await pending
    return [a, b]
