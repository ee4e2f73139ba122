"""A loop kept in a module-level dict runs a coroutine in a helper."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


LOOPS = {"main": asyncio.new_event_loop()}


def lookup(w):
    return LOOPS["main"].run_until_complete(_fetch(w))


def main(topic: str):
    a = ask(topic)
    b = ask(lookup(a))
    return [a, b]
