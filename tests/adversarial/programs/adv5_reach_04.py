"""A module-level list of steps, one a lambda running asyncio.run, applied in a loop."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


_STEPS = [str.strip, lambda w: asyncio.run(_fetch(w))]


def main(topic: str):
    a = ask(topic)
    for step in _STEPS:
        a = step(a)
    b = ask(a)
    return [a, b]
