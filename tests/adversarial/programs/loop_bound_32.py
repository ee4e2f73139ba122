"""asyncio.run in a conditional expression, only for some replies."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "doc:" + word


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    doc = asyncio.run(fetch(a)) if "owl" in a else "skipped"
    b = af.lm_call([{"role": "user", "content": doc}], model="m")
    return [a, b]
