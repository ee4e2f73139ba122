"""A handler whose emit lets a formatting error out: log.info raises TypeError after an
independent call that fails."""

import logging

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
FAIL = {"boom"}
LOG = []


class Strict(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger(__name__)
log.addHandler(Strict())
log.setLevel(logging.INFO)
log.propagate = False


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
    log.info("topic %d", topic)
    b = af.lm_call([{"role": "user", "content": "second " + topic}], model="m")
    return [a, b]
