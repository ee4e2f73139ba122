"""log.info with a %d of a str: logging reports its own error on stderr and goes on;
the calls around it still run."""

import logging

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        try:
            LOG.append(record.getMessage())
        except TypeError as exc:
            LOG.append("bad record: " + str(exc))


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "facts " + topic}], model="m")
    log.info("got %d", a)
    b = af.lm_call([{"role": "user", "content": "jokes " + topic}], model="m")
    log.info("got %s", b)
    return [a, b]
