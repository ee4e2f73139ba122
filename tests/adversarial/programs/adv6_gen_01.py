"""A fanned-out loop zips a list with a generator left suspended when the list runs out:
the generator's `finally` (run as it is closed) runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


async def _bye(k):
    await asyncio.sleep(0)
    return "closed at " + str(k)


def numbers():
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
    for w, k in zip([topic, topic + "s"], numbers()):  # noqa: B905
        out.append(ask(w + str(k)))
    out.append(list(LOG))
    return out
