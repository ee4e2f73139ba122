"""A callable object built in the function: its __call__ runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Fetcher:
    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, word):
        return asyncio.run(_fetch(self.prefix + word[:5]))


def main(topic: str):
    fetch = Fetcher("x-")
    a = ask(topic)
    b = ask(fetch(a))
    return [a, b]
