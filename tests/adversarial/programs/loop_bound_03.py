"""asyncio.run directly in the function, between two calls, its result feeding the second."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def enrich(text):
    await asyncio.sleep(0)
    return text + "!"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = asyncio.run(enrich(a))
    c = af.lm_call([{"role": "user", "content": b}], model="m")
    d = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
    return [a, b, c, d]
