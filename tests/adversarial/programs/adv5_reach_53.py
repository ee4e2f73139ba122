"""A dict subclass's __missing__ runs asyncio.run on a lookup."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Cache(dict):
    def __missing__(self, key):
        value = self[key] = asyncio.run(_fetch(key))
        return value


def main(topic: str):
    cache = Cache()
    a = ask(topic)
    b = ask(cache[a])
    return [a, b]
