"""A list of loop-running helpers built in the function, each called in a comprehension."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def fetch_sync(w):
    return asyncio.run(_fetch(w))


def shout(w):
    return w.upper()


def main(topic: str):
    steps = [shout, fetch_sync]
    a = ask(topic)
    outs = [step(a) for step in steps]
    b = ask(outs[-1])
    return [a, b]
