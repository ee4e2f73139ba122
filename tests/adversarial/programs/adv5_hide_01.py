"""A loop-running helper sets a context variable; the function reads it afterwards."""

import asyncio
import contextvars

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


VAR = contextvars.ContextVar("var", default="unset")


def fetch_sync(w):
    got = asyncio.run(_fetch(w))
    VAR.set(got)
    return got


def main(topic: str):
    a = ask(topic)
    b = fetch_sync(a)
    c = ask(VAR.get())
    return [a, b, c]
