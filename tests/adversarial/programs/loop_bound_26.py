"""asyncio.run in a try whose coroutine fails; the failure is caught and the run goes on."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def fetch(word):
    await asyncio.sleep(0)
    raise ConnectionError("offline: " + word)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        doc = asyncio.run(fetch(a))
    except ConnectionError as exc:
        print("fetch failed:", exc)
        doc = "nothing"
    b = af.lm_call([{"role": "user", "content": doc}], model="m")
    return [a, b]
