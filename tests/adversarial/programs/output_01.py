"""A helper logs before and after its call; it is called twice at the top level: the
records in program order."""

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


def ask(q):
    log.info("asking %s", q)
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    log.info("got %s", r)
    return r


def main(topic: str):
    a = ask("facts " + topic)
    b = ask("jokes " + topic)
    return [a, b]
