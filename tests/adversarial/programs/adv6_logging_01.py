"""A logging handler whose `emit` runs asyncio.run, logged from a fanned-out loop's items."""

import asyncio
import logging

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


async def _keep(msg):
    await asyncio.sleep(0)
    return msg


class Keeper(logging.Handler):
    def emit(self, record):
        LOG.append(asyncio.run(_keep(record.getMessage())))


log = logging.getLogger("adv6_logging_01")
log.propagate = False
log.setLevel(logging.INFO)
log.handlers[:] = [Keeper()]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for w in [topic, topic + "s"]:
        r = ask(w)
        log.info("reply %s", r)
        out.append(r)
    return out
