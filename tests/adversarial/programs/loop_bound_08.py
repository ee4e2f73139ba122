"""A list comprehension runs asyncio.run for each reply of an earlier call."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return word * 2


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    parts = [asyncio.run(fetch(w)) for w in a.split(":")]
    b = af.lm_call([{"role": "user", "content": parts[-1]}], model="m")
    return parts + [b]  # noqa: RUF005
