"""A module-level dict of lambdas, one running asyncio.run, called by subscript."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


_TABLE = {"up": str.upper, "fetch": lambda w: asyncio.run(_fetch(w))}


def main(topic: str):
    a = ask(topic)
    b = ask(_TABLE["fetch"](a))
    return [a, b]
