"""store[a] where __getitem__ runs asyncio.run, its value in the next prompt."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Store:
    def __getitem__(self, key):
        return asyncio.run(_fetch(key[:5]))


def main(topic: str):
    store = Store()
    a = ask(topic)
    b = ask(store[a])
    return [a, b]
