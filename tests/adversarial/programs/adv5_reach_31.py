"""A class made inside a factory (not at module level) has __str__ running asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def make(word):
    class Local:
        def __str__(self):
            return asyncio.run(_fetch(word))

    return Local()


def main(topic: str):
    a = ask(topic)
    doc = make(a)
    b = ask(str(doc))
    return [a, b]
