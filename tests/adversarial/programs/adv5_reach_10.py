"""A helper imports asyncio with __import__."""

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
    return __import__("asyncio").run(_fetch(w))


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
