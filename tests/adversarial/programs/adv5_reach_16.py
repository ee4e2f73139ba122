"""A helper runs its coroutine with anyio.run, imported under another name."""

import asyncio
import functools

from anyio import run as arun

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def lookup(w):
    return arun(functools.partial(_fetch, w))


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
