"""A functools.wraps decorator makes an async helper sync by running it with asyncio.run."""

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


def synced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(fn(*args, **kwargs))

    return wrapper


@synced
async def lookup(word):
    await asyncio.sleep(0)
    return "entry for " + word[:5]


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
