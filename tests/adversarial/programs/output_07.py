"""A logging helper with no LM call, in the middle of independent calls; the last
call fails: the log before it is there."""

import logging

import autoform as af

CAUSE = "output"
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        mark = " +exc" if record.exc_info else ""
        LOG.append(record.levelname + ": " + record.getMessage() + mark)


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False

ARGS = ("owls",)
FAIL = {"third"}


def trace(step, x):
    log.info("%s: %s", step, x)
    return x


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    trace("first", a)
    b = af.lm_call([{"role": "user", "content": "second " + topic}], model="m")
    trace("second", b)
    c = af.lm_call([{"role": "user", "content": "third " + topic}], model="m")
    trace("third", c)
    return [a, b, c]
