"""Nested fanned-out loops; the inner loop zips a list with a generator whose `finally`
(run as it is closed, left suspended) runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


async def _bye(k):
    await asyncio.sleep(0)
    return k


def counter():
    k = 0
    try:
        while True:
            k += 1
            yield k
    finally:
        LOG.append(asyncio.run(_bye(k)))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for t in [topic, topic + "s"]:
        head = ask(t)
        for w, k in zip([head, t], counter()):  # noqa: B905
            out.append(ask(w[:6] + str(k)))
    return out, sorted(LOG)
