"""Precision: asyncio needing no loop (iscoroutinefunction, a coroutine closed unawaited)."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def main(topic: str):
    a = ask(topic)
    is_co = asyncio.iscoroutinefunction(_fetch)
    co = _fetch(a)
    kind = type(co).__name__
    co.close()
    b = ask(f"{a} {is_co} {kind}")
    return [a, b]
