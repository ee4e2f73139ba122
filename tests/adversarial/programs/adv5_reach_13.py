"""A helper tells sync from async by asyncio._get_running_loop()."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def mode():
    return "sync" if asyncio._get_running_loop() is None else "async"


def main(topic: str):
    a = ask(topic)
    b = ask(a + " in " + mode())
    return [a, b]
