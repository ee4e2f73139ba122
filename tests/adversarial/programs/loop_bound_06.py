"""asyncio.run two helpers deep, the outer helper making LM calls around it."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "doc about " + word


def fetch_sync(word):
    return asyncio.run(fetch(word))


def research(word):
    q = af.lm_call([{"role": "user", "content": "query for " + word}], model="m")
    doc = fetch_sync(q)
    return af.lm_call([{"role": "user", "content": doc}], model="m")


def main(topic: str):
    a = research(topic)
    b = research(topic + "s")
    return [a, b]
