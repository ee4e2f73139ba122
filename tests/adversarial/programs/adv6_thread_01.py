"""A helper starts a thread that runs asyncio.run and joins it, between two calls."""

import asyncio
import threading

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "t:" + w[:6]


def in_thread(w):
    box = []
    t = threading.Thread(target=lambda: box.append(asyncio.run(_fetch(w))))
    t.start()
    t.join()
    return box[0]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(in_thread(a))
    return [a, b]
