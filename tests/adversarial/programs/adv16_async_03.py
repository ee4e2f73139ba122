"""An async pipeline with try/except around an acall that fails, then gathers two calls
with asyncio.gather of the program's own."""

import asyncio

import autoform as af

CAUSE = "async gather own"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


async def ask(t):
    return await af.lm_call.acall([{"role": "user", "content": t}], model="m")


async def main(items: list):
    got = []
    for t in items:
        try:
            got.append(await ask(t))
        except Exception as exc:
            print("failed", t, exc)
    both = await asyncio.gather(ask(items[0] + "!"), ask(items[2] + "?"))
    return got, both
