"""The function opens a private event loop, runs a coroutine on it, closes it, then asks."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def lookup(word):
    await asyncio.sleep(0)
    return word[::-1]


def main(topic: str):
    first = af.lm_call([{"role": "user", "content": topic}], model="m")
    loop = asyncio.new_event_loop()
    try:
        key = loop.run_until_complete(lookup(topic))
    finally:
        loop.close()
    second = af.lm_call([{"role": "user", "content": key}], model="m")
    return [first, second]
