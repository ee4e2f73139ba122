"""Async primitive using a module-level asyncio.Queue across calls."""

import autoform as af

CAUSE = "asyncio primitives bound to one loop"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import asyncio

Q = asyncio.Queue()


@af.primitive
async def relay(text):
    await Q.put(text)
    await asyncio.sleep(0)
    return (await Q.get()).upper()


def main(items):
    out = []
    for x in items:
        out.append(relay(ask(x)))
    return out
