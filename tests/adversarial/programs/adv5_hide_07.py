"""A loop-running helper's coroutine sets a context variable (inside asyncio.run: lost in both)."""

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


async def _setting(w):
    VAR.set(w[:5])
    return w


def fetch_sync(w):
    return asyncio.run(_setting(w))


def main(topic: str):
    a = ask(topic)
    fetch_sync(a)
    b = ask(VAR.get())
    return [a, b]
