"""The logger is quietened after a helper that logs: the helper logs while it is
still loud."""

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
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask("facts " + topic)
    log.setLevel(logging.WARNING)
    b = ask("jokes " + topic)
    log.setLevel(logging.INFO)
    return [a, b]
