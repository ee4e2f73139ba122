"""A helper asks the policy for the current loop and whether it runs."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def mode():
    try:
        loop = asyncio.get_event_loop_policy().get_event_loop()
    except RuntimeError:
        return "sync"
    return "async" if loop.is_running() else "sync"


def main(topic: str):
    a = ask(topic)
    b = ask(a + " in " + mode())
    return [a, b]
