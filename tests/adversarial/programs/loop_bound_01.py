"""A sync helper runs a coroutine the pre-3.10 way: asyncio.get_event_loop().run_until_complete."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


async def lookup(word):
    await asyncio.sleep(0)
    return word.upper()


def lookup_sync(word):
    loop = asyncio.get_event_loop()
    return loop.run_until_complete(lookup(word))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        key = lookup_sync(topic)
    except RuntimeError as exc:
        key = "no loop: " + str(exc)[:20]
    return a + key
