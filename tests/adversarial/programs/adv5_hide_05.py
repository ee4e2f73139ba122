"""A loop-running helper keeps state in threading.local across calls."""

import asyncio
import threading

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


_state = threading.local()


def fetch_sync(w):
    n = getattr(_state, "n", 0) + 1
    _state.n = n
    return asyncio.run(_fetch(w)) + str(n)


def main(topic: str):
    a = ask(topic)
    b = ask(fetch_sync(a))
    c = ask(fetch_sync(b))
    return [a, b, c, _state.n]
