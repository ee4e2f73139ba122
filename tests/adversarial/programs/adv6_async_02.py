"""An async def pipeline whose sync helpers ask for the running loop and the current task:
both are there, as written."""

import asyncio

import autoform as af

CAUSE = "async"
ARGS = ("owls",)


def where():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    return f"{loop.is_running()} {task is not None} {asyncio.get_event_loop() is loop}"


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    w = where()
    b = await af.lm_call.acall([{"role": "user", "content": a + w}], model="m")
    c = await af.lm_call.acall([{"role": "user", "content": topic + w}], model="m")
    return [a, b, c, w]
