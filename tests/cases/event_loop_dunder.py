"""A dunder of the user's that runs an event loop (`__format__` here) runs without a call
autoform sees: the whole function runs as written, with no loop running."""

import asyncio

import autoform as af


async def _stamp():
    await asyncio.sleep(0)
    return "12:00"


class Clock:
    def __format__(self, spec):
        return asyncio.run(_stamp())


@af.concurrent
def pipeline(topic: str):
    a = af.lm_call([{"role": "user", "content": f"At {Clock()}: {topic}"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"Again: {topic}"}], model="m")
    return [a, b]
