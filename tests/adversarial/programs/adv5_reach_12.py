"""A helper asks the event loop policy for a new loop and runs a coroutine on it."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def lookup(w):
    loop = asyncio.get_event_loop_policy().new_event_loop()
    try:
        return loop.run_until_complete(_fetch(w))
    finally:
        loop.close()


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
