"""An async pipeline: awaits of acall with a module log appended between them, and an
asyncio.sleep(0) in the middle (an unknown await)."""

import asyncio

import autoform as af

CAUSE = "async pipeline log order"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


async def ask(t):
    LOG.append(f"ask {t}")
    return await af.lm_call.acall([{"role": "user", "content": t}], model="m")


async def main(items: list):
    out = []
    for t in items:
        out.append(await ask(t))
        await asyncio.sleep(0)
        LOG.append(f"slept after {t}")
    extra = await ask(out[0][-5:])
    return out, extra
