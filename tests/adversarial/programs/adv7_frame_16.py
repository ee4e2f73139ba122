"""A warning helper is a functools.partial of logging with stacklevel=2, held in a global."""

import functools
import logging

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append((record.funcName, record.msg))


log = logging.getLogger("adv7_frame_16")
log.propagate = False
log.addHandler(ListHandler())
warn_caller = functools.partial(log.warning, stacklevel=2)


def ask(q):
    if len(q) < 6:
        warn_caller("short prompt")
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(a[:3])
    return [a, b]
