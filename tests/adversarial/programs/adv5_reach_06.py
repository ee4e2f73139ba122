"""A helper finds asyncio.run through importlib.import_module."""

import asyncio
import importlib

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def lookup(w):
    return importlib.import_module("asyncio").run(_fetch(w))


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
