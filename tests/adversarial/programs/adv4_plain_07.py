"""Precision: a helper whose loop-running branch is never taken, between two calls."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def maybe(w, remote=False):
    if remote:
        return asyncio.run(_fetch(w))
    return "local " + w


def main(topic: str):
    a = ask(topic)
    b = ask(maybe(a))
    return [a, b]
