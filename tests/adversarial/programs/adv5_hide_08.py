"""A loop-running helper ends the program with SystemExit after its coroutine ran."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def finish(w):
    asyncio.run(_fetch(w))
    raise SystemExit(3)


def main(topic: str):
    a = ask(topic)
    c = ask(topic + "!")
    finish(a)
    return [a, c]
