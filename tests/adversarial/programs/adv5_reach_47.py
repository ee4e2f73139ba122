"""A decorator registers a loop-running function in a registry dict; called by name through it."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


_REGISTRY = {}


def register(fn):
    _REGISTRY[fn.__name__] = fn
    return fn


@register
def fetch_sync(w):
    return asyncio.run(_fetch(w))


def main(topic: str):
    a = ask(topic)
    b = ask(_REGISTRY["fetch_sync"](a))
    return [a, b]
