"""An async def pipeline's prompt holds an object whose __str__ names the current task."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Tag:
    def __str__(self):
        task = asyncio.current_task()
        return "no task" if task is None else "a task"


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    tag = Tag()
    b = await af.lm_call.acall([{"role": "user", "content": a + str(tag)}], model="m")
    return [a, b]
