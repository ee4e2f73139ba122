"""A helper is rebound to a function that returns a coroutine for the caller to run."""

import asyncio

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _remote(q):
    await asyncio.sleep(0)
    return "remote:" + q


def main(topic: str):
    a = ask(topic)
    globals()["ask"] = _remote
    pending = ask(topic + "?")
    kind = type(pending).__name__
    b = asyncio.run(pending)
    return [a, kind, b]
