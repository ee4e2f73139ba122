"""asyncio.run of the user's own async helper that awaits an LM call."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def ask_async(q):
    return await af.lm_call.acall([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = asyncio.run(ask_async(topic + "?"))
    return [a, b]
