"""__class_getitem__ runs asyncio.run: Doc[a]."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Doc:
    def __class_getitem__(cls, key):
        return asyncio.run(_fetch(key))


def main(topic: str):
    a = ask(topic)
    b = ask(Doc[a])
    return [a, b]
