"""A helper schedules a task when a loop runs, else records the event itself."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)
LOG = []


async def send(event):
    LOG.append("async " + event)


def emit(event):
    try:
        asyncio.create_task(send(event))  # noqa: RUF006
    except RuntimeError:
        send_coro = None
        LOG.append("sync " + event)
        return send_coro


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    emit("asked " + topic)
    b = af.lm_call([{"role": "user", "content": a}], model="m")
    LOG.append("done")
    return [a, b]
