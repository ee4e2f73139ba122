"""functools.cache over a function that runs an event loop, called twice."""

import asyncio
import functools

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)
CALLS = []


async def _define(word):
    await asyncio.sleep(0)
    return "def:" + word


@functools.cache
def define(word):
    CALLS.append(word)
    return asyncio.run(_define(word))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": define(topic)}], model="m")
    return [a, b, define(topic)]
