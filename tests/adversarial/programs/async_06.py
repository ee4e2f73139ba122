"""An async pipeline consuming an async generator with `async for`."""

import autoform as af

CAUSE = "async"
ARGS = (["a", "b"],)
LOG = []


async def feed(items):
    for it in items:
        LOG.append("yield " + it)
        yield it


async def main(items: list):
    first = await af.lm_call.acall([{"role": "user", "content": "first"}], model="m")
    out = [first]
    async for it in feed(items):
        out.append(await af.lm_call.acall([{"role": "user", "content": it}], model="m"))
    return out
