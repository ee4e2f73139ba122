"""A helper making LM calls logs with stacklevel=2 (the record names its caller's
function), through a handler keeping records in LOG."""

import logging

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        LOG.append(f"{record.funcName}: {record.getMessage()}")


log = logging.getLogger("adv6_frame_02")
log.propagate = False
log.setLevel(logging.INFO)
log.handlers[:] = [Keep()]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def step(q):
    r = ask(q)
    log.info("step %s", r[:8], stacklevel=2)
    return r


def main(topic: str):
    a = step(topic)
    b = step(topic + "s")
    return [a, b]
