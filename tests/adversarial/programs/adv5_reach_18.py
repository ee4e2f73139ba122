"""A helper runs asyncio.run through exec of a string."""

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
    space = {"asyncio": asyncio, "_fetch": _fetch, "w": w}
    exec("out = asyncio.run(_fetch(w))", space)
    return space["out"]


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
