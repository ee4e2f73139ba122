"""An async def pipeline calls a def helper (making LM calls) that runs asyncio.run: as
written it runs in the pipeline's loop, where asyncio.run fails."""

import asyncio

import autoform as af

CAUSE = "async"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "f " + w[:5]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def helper(t):
    x = ask(t)
    try:
        d = asyncio.run(_fetch(x))
    except RuntimeError as exc:
        d = str(exc)[:20]
    y = ask(d)
    return [x, y]


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    return [a, helper(a), helper(topic)]
