"""A loop-running helper records the thread it runs on and whether it is the main thread."""

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


LOG = []


def fetch_sync(w):
    LOG.append(threading.current_thread() is threading.main_thread())
    return asyncio.run(_fetch(w))


def main(topic: str):
    a = ask(topic)
    b = ask(fetch_sync(a))
    return [a, b]
