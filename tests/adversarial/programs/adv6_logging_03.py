"""As adv6_logging_02, with the factory only noting whether a loop runs when a record is
made (none does in the sequential run)."""

import asyncio
import logging

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []
_PLAIN_FACTORY = logging.getLogRecordFactory()


def _factory(*args, **kwargs):
    record = _PLAIN_FACTORY(*args, **kwargs)
    try:
        asyncio.get_running_loop()
        LOG.append("loop")
    except RuntimeError:
        LOG.append("no loop")
    return record


log = logging.getLogger("adv6_logging_03")
log.propagate = False
log.setLevel(logging.INFO)
log.handlers[:] = [logging.NullHandler()]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    logging.setLogRecordFactory(_factory)
    out = []
    for w in [topic, topic + "s", topic + "es"]:
        r = ask(w)
        log.info("reply %s", r)
        out.append(r)
    logging.setLogRecordFactory(_PLAIN_FACTORY)
    return out
