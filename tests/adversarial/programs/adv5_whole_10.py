"""A generator runs asyncio.run (as written); the LM fails mid-way, inside try/finally."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


FAIL = ["second"]
LOG = []


def parts(w):
    for p in w.split():
        yield asyncio.run(_fetch(p))


def main(topic: str):
    try:
        a = ask(topic)
        LOG.append("a")
        items = list(parts(a))
        b = ask("second " + items[0])
        LOG.append("b")
        return [a, b]
    finally:
        print("done", LOG)
