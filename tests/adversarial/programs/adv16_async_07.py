"""An async pipeline with an async for over an async generator of the program's that
yields topics (and prints), asking for each."""

import autoform as af

CAUSE = "async for over own agen"
ARGS = (["owls", "cats", "dogs"],)


async def topics(items):
    for t in items:
        print("yield", t)
        yield t


async def main(items: list):
    out = []
    async for t in topics(items):
        out.append(await af.lm_call.acall([{"role": "user", "content": t}], model="m"))
    extra = await af.lm_call.acall([{"role": "user", "content": "done"}], model="m")
    return out, extra
