"""Precision: a thread of the user's runs asyncio.run and is joined between two calls."""

import asyncio
import threading

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def main(topic: str):
    a = ask(topic)
    box = []
    t = threading.Thread(target=lambda: box.append(asyncio.run(_fetch(a[:4]))))
    t.start()
    t.join()
    b = ask(box[0])
    return [a, b]
