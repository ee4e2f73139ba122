"""A fanned-out loop collects wrappers; the list is dropped before the function returns,
and each wrapper's `__del__` runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


async def _bye(t):
    await asyncio.sleep(0)
    return "bye " + t[:8]


class Wrap:
    def __init__(self, text):
        self.text = text

    def __del__(self):
        LOG.append(asyncio.run(_bye(self.text)))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    kept = []
    for t in [topic, topic + "s"]:
        kept.append(Wrap(ask(t)))
    texts = [k.text for k in kept]
    kept = None
    return texts, list(LOG)
