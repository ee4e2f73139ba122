"""A helper takes its runner as a default argument (asyncio.run) and calls it."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return word + " doc"


def fetch_sync(word, runner=asyncio.run):
    return runner(fetch(word))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return [a, fetch_sync(a)]
