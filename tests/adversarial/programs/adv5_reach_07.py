"""A helper reads asyncio's run with getattr and a literal name."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def lookup(w):
    return getattr(asyncio, "run")(_fetch(w))  # noqa: B009


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
