"""The function calls a loop-running helper found with globals()[name]."""

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
    return asyncio.run(_fetch(w))


def main(topic: str):
    a = ask(topic)
    b = ask(globals()["lookup"](a))
    return [a, b]
