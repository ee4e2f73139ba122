"""A class-level registry dict of functions, one running asyncio.run."""

import asyncio
import typing

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


class Registry:
    HANDLERS: typing.ClassVar[dict] = {"fetch": fetch_sync}


def main(topic: str):
    a = ask(topic)
    b = ask(Registry.HANDLERS["fetch"](a))
    return [a, b]
