"""An async def pipeline runs a blocking helper on a thread with asyncio.to_thread."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


def blocking(word):
    return word.upper()


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    up = await asyncio.to_thread(blocking, a)
    loop = asyncio.get_running_loop()
    again = await loop.run_in_executor(None, blocking, topic)
    return [a, up, again]
