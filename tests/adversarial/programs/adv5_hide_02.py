"""A loop-running helper raises ValueError from its coroutine; caught, then asked again."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


async def _bad(w):
    await asyncio.sleep(0)
    raise ValueError("no data for " + w[:5])


def fetch_sync(w):
    return asyncio.run(_bad(w))


def main(topic: str):
    a = ask(topic)
    try:
        b = fetch_sync(a)
    except ValueError as e:
        b = ask("fallback " + str(e))
    c = ask(topic + "!")
    return [a, b, c]
