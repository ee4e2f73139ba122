"""async main: the loop-local asyncio.Event created before the calls is set by a helper."""

import asyncio

import autoform as af

CAUSE = "asyncio objects shared across compiled tasks"
ARGS = (["owls", "cats"],)


async def fetch(t, done):
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    if "cats" in r:
        done.set()
    return r


async def main(items):
    done = asyncio.Event()
    out = []
    for x in items:
        out.append((await fetch(x, done), done.is_set()))
    return out
