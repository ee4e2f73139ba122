"""Async primitive serialised by a module-level asyncio.Lock while fanned."""

import autoform as af

CAUSE = "asyncio.Lock contention across loops"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import asyncio

LOCK = asyncio.Lock()


@af.primitive
async def guarded(text):
    async with LOCK:
        await asyncio.sleep(0.001)
        return text[::-1]


def main(items):
    return [guarded(ask(x)) for x in items]
