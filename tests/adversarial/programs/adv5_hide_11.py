"""A helper runs its own asyncio.run around an awaited LM call (af.lm_call.acall)."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def side(w):
    async def go():
        return await af.lm_call.acall([{"role": "user", "content": "side " + w}], model="m")

    return asyncio.run(go())


def main(topic: str):
    a = ask(topic)
    b = side(a)
    c = ask(b)
    return [a, b, c]
