"""A context variable set by the function is read inside a loop-running helper."""

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
    return asyncio.run(_fetch(VAR.get() + w))


def main(topic: str):
    a = ask(topic)
    VAR.set("set-")
    b = ask(fetch_sync(a))
    return [a, b]
