"""The function runs another compiled pipeline synchronously with .call()."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def inner(t: str):
    return [ask(t), ask(t + "?")]


_INNER = af.sched(af.trace(inner)("x"))


def main(topic: str):
    a = ask(topic)
    b = _INNER.call(a)
    c = ask(b[0])
    return [a, b, c]
