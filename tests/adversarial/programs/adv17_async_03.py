"""asyncio.wait_for with a generous timeout around each acall; results collected."""

import asyncio

import autoform as af

CAUSE = "wait_for"
ARGS = (["owls", "cats", "dogs"],)


async def main(items: list):
    out = []
    for t in items:
        r = await asyncio.wait_for(
            af.lm_call.acall([{"role": "user", "content": t}], model="m"), timeout=5
        )
        out.append(r)
    return out
