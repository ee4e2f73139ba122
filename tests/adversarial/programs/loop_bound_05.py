"""asyncio.run two helpers deep, the outer helper making no LM call."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "doc about " + word


def fetch_sync(word):
    return asyncio.run(fetch(word))


def prepare(word):
    return fetch_sync(word).upper()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    doc = prepare(topic)
    b = af.lm_call([{"role": "user", "content": doc}], model="m")
    return a + b
