"""A def pipeline runs an async def helper (awaiting LM calls and asking for its loop) with
asyncio.run, between plain calls."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def both(t):
    loop = asyncio.get_running_loop()
    x, y = await asyncio.gather(
        af.lm_call.acall([{"role": "user", "content": t}], model="m"),
        af.lm_call.acall([{"role": "user", "content": t + "?"}], model="m"),
    )
    return [x, y, loop.is_running(), asyncio.current_task() is not None]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    pair = asyncio.run(both(a[:6]))
    b = ask(topic + "s")
    return [a, pair, b]
