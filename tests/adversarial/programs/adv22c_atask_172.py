"""async main with a ContextVar set per item inside an async helper, read after awaiting."""

import contextvars

import autoform as af

CAUSE = "context var set in awaited async helper"
ARGS = (["owls", "cats", "dogs"],)

LAST = contextvars.ContextVar("last", default="")


async def summarize(t):
    r = await af.lm_call.acall([{"role": "user", "content": t + LAST.get()}], model="m")
    LAST.set(t)
    return r


async def main(items):
    out = []
    for x in items:
        out.append(await summarize(x))
    return out, LAST.get()
