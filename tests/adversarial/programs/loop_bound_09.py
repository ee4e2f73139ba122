"""A lambda in the function wraps asyncio.run; it is called after an LM call."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "<" + word + ">"


def main(topic: str):
    run = lambda word: asyncio.run(fetch(word))  # noqa: E731
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return run(a) + run(topic)
