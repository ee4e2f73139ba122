"""asyncio.run of a coroutine that fails; an independent call follows it."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    raise LookupError("no page for " + word)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("fetching")
    doc = asyncio.run(fetch(topic))
    b = af.lm_call([{"role": "user", "content": "other"}], model="m")
    return [a, doc, b]
