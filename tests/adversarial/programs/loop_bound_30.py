"""A memoised (functools.lru_cache) sync helper that runs asyncio.run."""

import asyncio
import functools

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "doc:" + word


@functools.lru_cache
def fetch_sync(word):
    return asyncio.run(fetch(word))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return [a, fetch_sync(topic), fetch_sync(topic)]
