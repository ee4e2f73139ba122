"""A sync helper that runs its own event loop (asyncio.run) for a sub-query, called in a
loop between LM calls."""

import asyncio

import autoform as af

CAUSE = "asyncio.run in helper"
ARGS = (["owls", "cats"],)


async def fetch(t):
    await asyncio.sleep(0)
    return await af.lm_call.acall([{"role": "user", "content": "sub " + t}], model="m")


def sub(t):
    return asyncio.run(fetch(t))


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(sub(r[-5:]))
    return out
