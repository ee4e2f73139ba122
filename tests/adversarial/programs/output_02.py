"""A helper whose only effect is a print and a log, between two calls: output in
program order, around the calls."""

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


def note(x):
    print("note", x)
    log.info("note %s", x)
    return x.upper()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "facts " + topic}], model="m")
    n = note(a)
    b = af.lm_call([{"role": "user", "content": "jokes " + topic}], model="m")
    m = note(b)
    return [n, m]
