"""A class attribute holds asyncio.get_running_loop as a staticmethod; a helper calls it."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Probe:
    loop = staticmethod(asyncio.get_running_loop)


def mode():
    try:
        Probe.loop()
    except RuntimeError:
        return "sync"
    return "async"


def main(topic: str):
    a = ask(topic)
    b = ask(a + mode())
    return [a, b]
