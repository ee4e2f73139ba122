"""The function turns its plain logger (after the entry check) into a subclass overriding
`makeRecord`, which notes whether a loop runs; a fanned-out loop's items log through it."""

import asyncio
import logging

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


class Noting(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        try:
            asyncio.get_running_loop()
            LOG.append("loop")
        except RuntimeError:
            LOG.append("no loop")
        return super().makeRecord(*args, **kwargs)


log = logging.getLogger("adv6_logging_04")
log.propagate = False
log.setLevel(logging.INFO)
log.handlers[:] = [logging.NullHandler()]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    log.__class__ = Noting
    out = []
    for w in [topic, topic + "s", topic + "es"]:
        r = ask(w)
        log.info("reply %s", r)
        out.append(r)
    log.__class__ = logging.Logger
    return out
