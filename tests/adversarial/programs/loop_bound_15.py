"""asyncio.run reached through a local alias of it."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return word + "?"


def main(topic: str):
    run = asyncio.run
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return [a, run(fetch(a))]
