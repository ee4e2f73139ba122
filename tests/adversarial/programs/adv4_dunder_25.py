"""A dict subclass whose __missing__ runs asyncio.run: `d[a]` for a key not there."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Lazy(dict):
    def __missing__(self, key):
        value = asyncio.run(_fetch(key[:5]))
        self[key] = value
        return value


def main(topic: str):
    cache = Lazy()
    a = ask(topic)
    b = ask(cache[a])
    return [a, b, len(cache)]
