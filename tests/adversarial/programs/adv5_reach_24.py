"""functools.partial of a loop-running helper, made at module level."""

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


def fetch_sync(prefix, w):
    return asyncio.run(_fetch(prefix + w))


fetch_x = functools.partial(fetch_sync, "x-")


def main(topic: str):
    a = ask(topic)
    b = ask(fetch_x(a))
    return [a, b]
