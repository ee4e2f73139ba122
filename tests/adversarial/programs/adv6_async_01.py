"""An async def pipeline calls a sync helper that runs asyncio.run: it fails in its loop,
as written, both ways."""

import asyncio

import autoform as af

CAUSE = "async"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return w


def fetch_sync(w):
    return asyncio.run(_fetch(w))


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    try:
        d = fetch_sync(a)
    except RuntimeError as exc:
        d = "failed: " + str(exc)
    b = await af.lm_call.acall([{"role": "user", "content": d}], model="m")
    return [a, b]
