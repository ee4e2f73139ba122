"""A generator function whose body runs asyncio.run feeds a fan-out loop."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def chunks(word):
    text = asyncio.run(_fetch(word))
    yield from text.split()


def main(topic: str):
    out = []
    for part in chunks(topic):
        out.append(ask(part))
    return out
