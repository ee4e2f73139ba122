"""A functools.singledispatch function whose implementation for str runs asyncio.run."""

import asyncio
import functools

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


@functools.singledispatch
def enrich(value):
    return repr(value)


@enrich.register
def _(value: str):
    return asyncio.run(_fetch(value))


def main(topic: str):
    a = ask(topic)
    b = ask(enrich(a))
    return [a, b]
