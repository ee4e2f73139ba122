"""A helper of the function has the loop-running __iter__ class; the LM fails on one call."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


FAIL = ["boom"]


class Bag:
    def __init__(self, word):
        self.word = word

    def __iter__(self):
        yield asyncio.run(_fetch(self.word))


def helper(w):
    return [ask(x) for x in Bag(w)]


def main(topic: str):
    a = ask(topic)
    b = helper(a)
    try:
        c = ask("boom " + a)
    except Exception as e:
        c = type(e).__name__
    return [a, b, c]
