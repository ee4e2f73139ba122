"""A generic helper applies a function it is given; asyncio.run is passed to it."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return word + " doc"


def apply(fn, arg):
    return fn(arg)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return [a, apply(asyncio.run, fetch(a))]
