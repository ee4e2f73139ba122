"""A helper's helper logs with stacklevel=3 (the first helper's caller) in a loop."""

import logging

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "bats"],)
LOG = []


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append((record.funcName, record.msg))


log = logging.getLogger("adv7_frame_28")
log.propagate = False
log.addHandler(ListHandler())


def audit(msg):
    log.warning(msg, stacklevel=3)


def ask(q):
    audit("ask " + q[:4])
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        out.append(ask(t))
    return out
