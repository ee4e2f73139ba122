"""asyncio.run after a call inside a try whose handler catches the loop's RuntimeError."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    return "doc:" + word


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        doc = asyncio.run(fetch(a))
    except RuntimeError as exc:
        doc = "loop busy: " + str(exc)
    return [a, doc]
