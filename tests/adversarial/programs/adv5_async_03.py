"""An async def pipeline reads a property that names the current task."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Job:
    @property
    def where(self):
        task = asyncio.current_task()
        return "no task" if task is None else "in a task"


async def main(topic: str):
    job = Job()
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    b = await af.lm_call.acall([{"role": "user", "content": a + job.where}], model="m")
    return [a, b]
