"""A class decorator adds a method that runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def with_fetch(cls):
    def fetch(self, w):
        return asyncio.run(_fetch(w))

    cls.fetch = fetch
    return cls


@with_fetch
class Service:
    pass


def main(topic: str):
    svc = Service()
    a = ask(topic)
    b = ask(svc.fetch(a))
    return [a, b]
