"""The logging module reports progress between calls; the middle call fails."""

import logging

import autoform as af

CAUSE = "io"
ARGS = ()
FAIL = {"middle"}
LOG = []


class ToList(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger(__name__)
log.addHandler(ToList())
log.setLevel(logging.INFO)
log.propagate = False


def main():
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    log.info("got %s", a)
    b = af.lm_call([{"role": "user", "content": "middle"}], model="m")
    log.info("got %s", b)
    return [a, b]
