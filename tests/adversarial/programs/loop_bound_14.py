"""A helper fires a task if a loop runs, else runs the coroutine to completion itself."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)
LOG = []


async def send(event):
    await asyncio.sleep(0)
    LOG.append(event)


def emit(event):
    try:
        asyncio.create_task(send(event))  # noqa: RUF006
        return "scheduled"
    except RuntimeError:
        asyncio.run(send(event))
        return "sent"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    how = emit("asked " + topic)
    b = af.lm_call([{"role": "user", "content": a}], model="m")
    LOG.append("done")
    return [a, b, how]
