"""A functools.singledispatchmethod whose implementation for str runs asyncio.run."""

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


class Enricher:
    @functools.singledispatchmethod
    def enrich(self, value):
        return repr(value)

    @enrich.register
    def _(self, value: str):
        return asyncio.run(_fetch(value))


def main(topic: str):
    e = Enricher()
    a = ask(topic)
    b = ask(e.enrich(a))
    return [a, b]
