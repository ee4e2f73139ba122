"""A module-level loop is reached through a helper's attribute chain on a namespace object."""

import asyncio
import types

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


_CFG = types.SimpleNamespace(loop=asyncio.new_event_loop())


def lookup(w):
    return _CFG.loop.run_until_complete(_fetch(w))


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
