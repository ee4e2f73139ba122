"""functools.partial of a helper running asyncio.run, called between two calls."""

import asyncio
import functools

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def fetch_sync(prefix, w):
    return asyncio.run(_fetch(prefix + w[:4]))


def main(topic: str):
    get = functools.partial(fetch_sync, "p-")
    a = ask(topic)
    b = ask(get(a))
    return [a, b]
