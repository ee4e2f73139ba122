"""A functools.singledispatch helper whose str implementation runs asyncio.run."""

import asyncio
import functools

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "str " + w[:5]


@functools.singledispatch
def prep(x):
    return repr(x)


@prep.register
def _(x: str):
    return asyncio.run(_fetch(x))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(prep(a))
    c = ask(prep(len(a)))
    return [a, b, c]
