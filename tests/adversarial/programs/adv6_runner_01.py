"""A helper runs two coroutines on one asyncio.Runner, inside a fanned-out loop's items."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return w[:4]


def both(w):
    with asyncio.Runner() as r:
        return r.run(_fetch(w)) + r.run(_fetch(w[::-1]))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for w in [topic, topic + "s"]:
        out.append(ask(both(ask(w))))
    return out
