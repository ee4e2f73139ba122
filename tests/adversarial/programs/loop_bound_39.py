"""An async helper that asks the model offloads work with its loop's run_in_executor."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


def blocking(word):
    return word[::-1]


async def ask_and_flip(q):
    a = await af.lm_call.acall([{"role": "user", "content": q}], model="m")
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, blocking, a)


async def main(topic: str):
    x = await ask_and_flip(topic)
    y = await ask_and_flip(topic + "2")
    return [x, y]
