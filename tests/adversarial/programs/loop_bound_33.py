"""asyncio.run's result is an argument of an LM call, and sits in an f-string."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "doc:" + word


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": asyncio.run(fetch(topic))}], model="m")
    b = af.lm_call([{"role": "user", "content": f"{a} / {asyncio.run(fetch(a))}"}], model="m")
    return [a, b]
