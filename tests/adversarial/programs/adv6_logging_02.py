"""The function installs a log-record factory (after the entry check passed) that runs
asyncio.run; items of a fanned-out loop then log through a plain logger."""

import asyncio
import logging

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []
_PLAIN_FACTORY = logging.getLogRecordFactory()


async def _stamp(msg):
    await asyncio.sleep(0)
    return "stamped"


def _factory(*args, **kwargs):
    record = _PLAIN_FACTORY(*args, **kwargs)
    record.stamp = asyncio.run(_stamp(record.msg))
    return record


class Keep(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger("adv6_logging_02")
log.propagate = False
log.setLevel(logging.INFO)
log.handlers[:] = [logging.NullHandler()]


def install():
    logging.setLogRecordFactory(_factory)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    install()
    out = []
    try:
        for w in [topic, topic + "s", topic + "es"]:
            r = ask(w)
            log.info("reply %s", r)
            out.append(r)
    finally:
        logging.setLogRecordFactory(_PLAIN_FACTORY)
    return out
