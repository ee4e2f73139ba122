"""An async def pipeline formats an object whose __str__ schedules a task on the loop."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


LOG = []


async def _note(w):
    LOG.append(w)


class Noted:
    def __init__(self, w):
        self.w = w

    def __str__(self):
        asyncio.get_running_loop().create_task(_note(self.w))
        return self.w


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    b = await af.lm_call.acall([{"role": "user", "content": str(Noted(a))}], model="m")
    await asyncio.sleep(0)
    return [a, b]
