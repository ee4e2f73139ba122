"""A helper in a dict built in the function, called by subscript."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def fetch_sync(w):
    return asyncio.run(_fetch(w))


def main(topic: str):
    steps = {"fetch": fetch_sync}
    a = ask(topic)
    b = ask(steps["fetch"](a))
    return [a, b]
