"""logging with %s of an object whose __str__ runs asyncio.run (formatted when emitted)."""

import asyncio
import logging

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


LOG = []


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append(self.format(record))


log = logging.getLogger("adv4_way_24")
log.propagate = False
log.handlers[:] = [ListHandler()]
log.setLevel(logging.INFO)


class Doc:
    def __init__(self, w):
        self.w = w

    def __str__(self):
        return asyncio.run(_fetch(self.w))


def main(topic: str):
    a = ask(topic)
    log.info("got %s", Doc(topic))
    b = ask(a + "!")
    return [a, b]
