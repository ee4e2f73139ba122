"""Generators consumed by sum, sorted and a list comprehension, each item running
asyncio.run, feed LM calls."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _n(w):
    await asyncio.sleep(0)
    return len(w)


def sizes(words):
    for w in words:
        yield asyncio.run(_n(w))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(topic + "s")
    total = sum(sizes([a, b]))
    order = sorted([a, b], key=lambda w: asyncio.run(_n(w)))
    c = [ask(str(n)) for n in sizes([topic, a])]
    return [total, order, c]
