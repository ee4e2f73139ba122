"""The callee is a conditional expression choosing a loop-running helper."""

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
    a = ask(topic)
    b = ask((fetch_sync if a else str.upper)(a))
    return [a, b]
