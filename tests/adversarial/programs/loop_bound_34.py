"""asyncio.run in a with item (contextlib.nullcontext) and in a while loop."""

import asyncio
import contextlib

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "doc:" + word


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    with contextlib.nullcontext(asyncio.run(fetch(a))) as doc:
        b = af.lm_call([{"role": "user", "content": doc}], model="m")
    n = 0
    while len(doc) < 40 and n < 3:
        doc = asyncio.run(fetch(doc))
        n += 1
    return [a, b, doc]
