"""asyncio.Runner as a context manager in the function: runner.run() twice."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def enrich(text):
    await asyncio.sleep(0)
    return text.title()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    with asyncio.Runner() as runner:
        x = runner.run(enrich(topic))
        y = runner.run(enrich(a))
    b = af.lm_call([{"role": "user", "content": x}], model="m")
    return [a, b, y]
