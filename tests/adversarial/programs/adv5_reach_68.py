"""A proxy's __getattr__ hands out a loop-running method of the object it wraps."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Service:
    def fetch(self, w):
        return asyncio.run(_fetch(w))


class Proxy:
    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        return getattr(self._inner, name)


def main(topic: str):
    p = Proxy(Service())
    a = ask(topic)
    b = ask(p.fetch(a))
    return [a, b]
