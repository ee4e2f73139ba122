"""An async pipeline creates a task for a background call early, does two awaited calls,
then awaits the task; a module list records when each finished."""

import asyncio

import autoform as af

CAUSE = "own create_task in pipeline"
ARGS = ("owls",)
LOG = []


async def ask(t):
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    LOG.append(t)
    return r


async def main(topic: str):
    bg = asyncio.create_task(ask("background " + topic))
    a = await ask("first " + topic)
    b = await ask("second " + topic)
    c = await bg
    return a, b, c, len(LOG)
