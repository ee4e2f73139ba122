"""async main using the user's own asyncio.gather over acall, then a sequential follow-up
per result that prints."""

import asyncio

import autoform as af

CAUSE = "user gather"
ARGS = (["owls", "cats", "dogs"],)


async def main(items: list):
    first = await asyncio.gather(
        *[af.lm_call.acall([{"role": "user", "content": t}], model="m") for t in items]
    )
    out = []
    for t, r in zip(items, first):
        print("follow", t)
        out.append(await af.lm_call.acall([{"role": "user", "content": r}], model="m"))
    return out
