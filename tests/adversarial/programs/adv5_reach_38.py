"""functools.reduce over a list literal of functions, one running asyncio.run."""

import asyncio
import functools

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def fetch_sync(w):
    return asyncio.run(_fetch(w))


def main(topic: str):
    a = ask(topic)
    c = functools.reduce(lambda acc, f: f(acc), [str.strip, fetch_sync], a)
    b = ask(c)
    return [a, b]
