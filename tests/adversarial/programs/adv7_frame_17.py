"""stacklevel passed through **kwargs to logging: the record names the helper's caller."""

import logging

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []
CALLER = {"stacklevel": 2}


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append((record.funcName, record.msg))


log = logging.getLogger("adv7_frame_17")
log.propagate = False
log.addHandler(ListHandler())


def ask(q):
    log.warning("asking", **CALLER)
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(a[:3])
    return [a, b]
