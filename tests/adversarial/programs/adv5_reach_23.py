"""A closure made by a factory inside the function runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def make_fetcher(prefix):
    def inner(w):
        return asyncio.run(_fetch(prefix + w))

    return inner


def main(topic: str):
    fetch = make_fetcher("x-")
    a = ask(topic)
    b = ask(fetch(a))
    return [a, b]
