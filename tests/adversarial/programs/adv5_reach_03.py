"""A helper calls a function it finds in a module-level dict; the function runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


_TABLE = {"fetch": lambda w: asyncio.run(_fetch(w))}


def lookup(kind, w):
    return _TABLE[kind](w)


def main(topic: str):
    a = ask(topic)
    b = ask(lookup("fetch", a))
    return [a, b]
