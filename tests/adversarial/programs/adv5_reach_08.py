"""A helper reads asyncio's run with getattr and a computed name."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


VERB = "ru"


def lookup(w):
    return getattr(asyncio, VERB + "n")(_fetch(w))


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
