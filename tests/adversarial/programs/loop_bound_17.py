"""anyio.run runs a small async function from sync code."""

import anyio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await anyio.sleep(0)
    return word.upper()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = anyio.run(fetch, a)
    return [a, b]
